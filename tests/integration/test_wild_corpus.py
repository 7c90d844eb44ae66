"""The wild corpus (real-world malformed mail): every file imported by `nomproc import`, each parsed or quarantined
with a reason, listed by `nomproc export`, and archived byte for byte (sha256 as in SOURCES.md)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from tests.conftest import WILD_CORPUS
from tests.integration.test_cli import export_jsonl, nomproc

MESSAGES = WILD_CORPUS / "messages"
pytestmark = pytest.mark.skipif(not MESSAGES.exists(), reason="needs ../shared/corpus/wild")


def listed_hashes() -> dict[str, str]:
    """File name -> sha256 from the Files table of SOURCES.md."""
    rows = re.findall(r"^\| `([^`]+)` \| `[^`]*` \| `[0-9a-f]+` \| `([0-9a-f]{64})` \| \d+ \|$",
                      (WILD_CORPUS / "SOURCES.md").read_text(encoding="utf-8"), flags=re.MULTILINE)
    return dict(rows)


def test_every_wild_message_is_stored_parsed_or_quarantined_with_its_exact_bytes(database_url: str,
                                                                                 tmp_path: Path) -> None:
    files = sorted(p.name for p in MESSAGES.iterdir())
    hashes = listed_hashes()
    assert sorted(hashes) == files, "SOURCES.md and messages/ list different files"
    result = nomproc("import", str(MESSAGES), database=database_url, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"{len(files)} seen, {len(files)} stored" in result.stderr
    records = {r["file"]: r for r in export_jsonl(database_url, tmp_path)}
    assert sorted(records) == files  # every file accounted for, none merged, none dropped
    archive = tmp_path / "data" / "archive"
    for name in files:
        record, sha = records[name], hashes[name]
        assert record["sha256"] == sha == hashlib.sha256((MESSAGES / name).read_bytes()).hexdigest(), name
        assert hashlib.sha256((archive / sha[:2] / sha[2:4] / f"{sha}.eml").read_bytes()).hexdigest() == sha, name
        if record["status"] == "quarantined":
            assert record["quarantine_stage"] and record["review_reasons"], name
        else:
            assert record["kind"], name
    not_mail = records["enmime__testdata__mail__erroneous.raw.eml"]
    assert not_mail["status"] == "quarantined"
    assert "not an e-mail message" in not_mail["review_reasons"][0]
