"""The kinds' properties (processor.domain.kinds) and the RFC 3834 / list-mail header tests (processor.domain.automatic),
each written once: extraction and acknowledgements read the same headers the same way."""

from __future__ import annotations

import pytest

from processor.domain import automatic, kinds
from processor.domain.model import Kind
from processor.stages.extract.kind import machine_kind
from processor.stages.parse import parse
from processor.stages.patterns import patterns_for
from rules import load_rules
from tests.support.mailfactory import build_message


def test_every_kind_has_its_properties_and_the_sets_follow_from_them() -> None:
    assert set(kinds.TRAITS) == set(Kind)
    assert kinds.WITH_DELEGATES == (Kind.NOMINATION, Kind.CORRECTION)
    assert set(kinds.WITH_SESSIONS) == {Kind.NOMINATION, Kind.CORRECTION, Kind.INTEREST_ONLY}
    assert set(kinds.WITHOUT_MEMBER_STATE) == {Kind.AUTO_REPLY, Kind.BOUNCE, Kind.UNRELATED}
    assert set(kinds.REPLIES) == set(kinds.WITH_MEMBER_STATE)  # every reply to the call speaks for a state
    assert set(kinds.AUTOMATIC) == {Kind.AUTO_REPLY, Kind.BOUNCE}
    assert kinds.traits("decline") == kinds.TRAITS[Kind.DECLINE] and kinds.traits(None) is None
    assert kinds.traits("no-such-kind") is None


@pytest.mark.parametrize(("headers", "mark"), [
    ({"Auto-Submitted": "auto-replied; owner-email=x@y"}, ("Auto-Submitted", "auto-replied; owner-email=x@y")),
    ({"Auto-Submitted": "no"}, None),
    ({"Auto-Submitted": "No ; comment"}, None),
    ({"X-Autoreply": "yes"}, ("X-Autoreply", "yes")),
    ({"X-Autorespond": "1"}, ("X-Autorespond", "1")),
    ({"Precedence": "Auto_Reply"}, ("Precedence", "Auto_Reply")),
    ({"Precedence": "bulk"}, None),
])
def test_auto_submitted_reads_the_same_from_a_parsed_message_and_a_header_block(headers, mark) -> None:
    raw = build_message("We nominate Ms Jane Doe.", headers=headers)
    parsed = parse(raw)
    import email
    import email.policy

    block = email.message_from_bytes(raw, policy=email.policy.default)
    found = automatic.auto_submitted(parsed.header), automatic.auto_submitted(block.get)
    assert found[0] == found[1]
    assert (None if found[0] is None else (found[0].header, found[0].value)) == mark


@pytest.mark.parametrize("headers", [{"List-Post": "<mailto:all@lists.example>"}, {"List-Help": "<https://x>"},
                                     {"Precedence": "junk"}, {"List-Id": "<a.lists.example>"}])
def test_list_mail_is_unrelated_to_extraction_as_it_is_unanswered_by_acknowledgements(headers) -> None:
    parsed = parse(build_message("Dear colleagues, our monthly news.", headers=headers))
    found = machine_kind(parsed, parsed.text, patterns_for(load_rules()))
    assert found is not None and found[0] is Kind.UNRELATED
    assert automatic.bulk(parsed.header) is not None
