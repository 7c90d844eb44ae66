"""The evidence written to the database names every field of each span, as dataclasses.asdict would."""

from dataclasses import asdict

from processor.domain.model import Evidence, Span
from storage.repository import evidence_json


def test_each_span_is_written_with_all_its_fields() -> None:
    evidence = Evidence(spans=(Span("body", "María Pérez", 3, 14), Span("subject", "RE: CI-19/35")), rule="named",
                        confidence=0.9)
    assert evidence_json(evidence) == {"rule": "named", "confidence": 0.9,
                                       "spans": [asdict(span) for span in evidence.spans]}
    assert [list(span) for span in evidence_json(evidence)["spans"]] == [list(asdict(s)) for s in evidence.spans]
