"""Disguised e-mail addresses are written back as addresses; prose that only looks like one is left alone."""

from __future__ import annotations

import pytest

from processor.stages.addresses import plain_addresses


@pytest.mark.parametrize(("written", "address"), [
    ("E-mail: rk.venkat[at]gov[dot]in", "rk.venkat@gov.in"),
    ("Her contact is kelebogile.modise at bocra dot org dot bw.", "kelebogile.modise@bocra.org.bw"),
    ("Adresse électronique : jrmoise (at) conatel.gouv.ht", "jrmoise@conatel.gouv.ht"),
    ("Correo: lperez{at}mintic{dot}gov{dot}co", "lperez@mintic.gov.co"),
    ("Эл. почта: ivanov [at] minsvyaz [dot] ru", "ivanov@minsvyaz.ru"),
])
def test_a_disguised_address_is_written_as_an_address(written: str, address: str) -> None:
    assert address in plain_addresses(written)


@pytest.mark.parametrize("prose", [
    "We will meet at hotel.com later.",
    "The session at Budapest. The next one in Geneva.",
    "Look at them dot matrix printers.",
])
def test_prose_is_left_alone(prose: str) -> None:
    assert plain_addresses(prose) == prose


@pytest.mark.parametrize(("written", "plain"), [
    ("nominates Mr Johannes Shikongo<mailto:jshikongo@cran.na>, Senior Manager",
     "nominates Mr Johannes Shikongo <jshikongo@cran.na>, Senior Manager"),
    ("Officer | CRAN | snangolo@cran.na<mailto:snangolo@cran.na>", "Officer | CRAN | snangolo@cran.na"),
    ("Correo: lgil@mtc.gob.pe<MAILTO:lgil@mtc.gob.pe>", "Correo: lgil@mtc.gob.pe"),
])
def test_an_outlook_link_glued_to_a_word_is_set_apart(written: str, plain: str) -> None:
    assert plain_addresses(written) == plain
