"""Helpers for the learning tests: a runtime on a private copy of rules/, replies the shipped rules get wrong."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from processor.config import DEFAULT_CONFIG_PATH, Config
from processor.domain.model import RawMail
from processor.services.runtime import Runtime
from rules import RULES_DIR
from tests.support.mailfactory import build_message

# Three replies the shipped rules read wrong, each with the class of correction an officer makes.
SPANISH_TITLE = ("Oficina <oficina@mintel.gob.ec>",
                 "Estimados señores:\n\nEn respuesta a la circular CI-19/35, la República del Ecuador tiene el agrado "
                 "de nominar a la Mgtr. {name}, Directora de Innovación, para la sesión de Budapest.\n\n"
                 "Atentamente,\nMinisterio de Telecomunicaciones\n")
FRENCH_CUE = ("Bureau <bureau@artp.sn>",
              "Madame, Monsieur,\n\nSuite à la circulaire CI-19/35, le Sénégal a retenu la candidature de {name}, "
              "chef de la division innovation, pour la session de Budapest.\n\n"
              "Veuillez agréer nos salutations distinguées.\n")
ENGLISH_DOMAIN = ("Desk <desk@ictregulator.org>",
                  "Dear Sir or Madam,\n\nWith reference to circular CI-19/35, we nominate Mr. {name}, Head of ICT "
                  "Innovation, for the Budapest session.\n\nKind regards,\nICT Regulator\n")


def private_rules(folder: Path) -> Path:
    """A copy of the shipped rules the test may change."""
    target = folder / "rules"
    shutil.copytree(RULES_DIR, target, ignore=shutil.ignore_patterns("*.py", "__pycache__", "tools"))
    return target


def learning_runtime(config: Config, folder: Path) -> Runtime:
    return Runtime(config.model_copy(update={"rules_dir": private_rules(folder)}))


def config_file(runtime: Runtime, folder: Path) -> Path:
    """The runtime's data folder and rules as a config file, for commands run with --config."""
    data = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text(encoding="utf-8"))
    data.update(data_dir=str(runtime.config.data_dir), inbox=[], rules_dir=str(runtime.config.rules_dir))
    path = folder / "nomproc.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    path.chmod(0o600)
    return path


def ingest(runtime: Runtime, case: tuple[str, str], name: str, day: int = 14) -> int:
    """Import one reply of a case class naming `name`; returns its message id."""
    sender, body = case
    raw = build_message(body=body.format(name=name), sender=sender, date=f"Wed, {day} Aug 2019 10:00:00 +0200",
                        received=f"Wed, {day} Aug 2019 10:00:05 +0200")
    outcome = runtime.pipeline.ingest(RawMail(data=raw, origin=f"test:{name}"))
    assert outcome.message_pk is not None
    return outcome.message_pk
SPANISH_DECLINE = ("Oficina <oficina@mintel.gob.bo>",
                   "Estimados señores:\n\nEn relación con la circular CI-19/35, lamentablemente el Estado "
                   "Plurinacional de Bolivia se ve imposibilitado de enviar un representante a la sesión de "
                   "Budapest.\n\nAtentamente,\n{name}\n")
ENGLISH_CONTACT = ("Office <office@moict.gov.jo>",
                   "Dear Sir,\n\nWith reference to circular CI-19/35, Jordan nominates Ms. Rana Haddad, Director of "
                   "Innovation, for the Budapest session. Any questions may be forwarded to Mr. {name}, Head of "
                   "Protocol.\n\nBest regards\n")
