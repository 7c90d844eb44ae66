"""Review operations shared by web and CLI: audited edits, decisions, corrections, reprocess safety, export."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from processor.domain.model import RawMail
from processor.services import review
from processor.services.review_export import COLUMNS, approved_rows, csv_bytes, xlsx_bytes
from processor.services.review_queue import QueueError, QueueQuery, load_queue, neighbour
from storage import repository
from storage.db import session_scope
from storage.models import AuditEntry, Message
from tests.support.mailfactory import build_message
from tests.support.web_support import store

STATES = {"EGY": "Egypt", "FRA": "France", "CHN": "China", "RUS": "Russian Federation", "PER": "Peru"}


def test_edit_fields_audits_only_changes_and_validates(runtime) -> None:
    call = runtime.config.call
    pk = store(runtime, member_state="EGY", kind="nomination", sessions=["budapest-2019"], late=False)
    with session_scope(runtime.engine) as session:
        changes = review.edit_fields(session, pk, "alice", {"kind": "correction", "member_state": "fra",
                                                            "sessions": "cwg-2020, budapest-2019", "late": "yes",
                                                            "late_reason": "server clock was wrong"}, call, STATES)
    assert {c.field for c in changes} == {"kind", "member_state", "sessions", "late", "late_reason"}
    with session_scope(runtime.engine) as session:
        message = repository.get_message(session, pk)
        assert (message.kind, message.member_state, message.late) == ("correction", "FRA", True)
        assert message.sessions == ["budapest-2019", "cwg-2020"]  # call order
        entries = review.audit_log(session, pk)
        state = next(e for e in entries if e.field == "member_state")
        assert (state.username, state.before, state.after) == ("alice", "EGY", "FRA")
        assert review.late_reason(session, pk) == "server clock was wrong"
        again = review.edit_fields(session, pk, "alice", {"member_state": "FRA", "late": "true"}, call, STATES)
        assert again == []
    for values, message in [({"kind": "spam"}, "kind must be one of"), ({"member_state": "XX"}, "alpha-3"),
                            ({"member_state": "ZZZ"}, "alpha-3"), ({"sessions": "paris-2030"}, "unknown session"),
                            ({"late": "maybe"}, "late must be"), ({"subject": "x"}, "cannot be edited")]:
        with session_scope(runtime.engine) as session, pytest.raises(review.ReviewError, match=message) as caught:
            review.edit_fields(session, pk, "alice", values, call, STATES)
        assert f"message {pk}" in str(caught.value)


def test_delegates_added_removed_and_edited_in_one_audited_change(runtime) -> None:
    pk = store(runtime, delegates=[{"name": "Ivan Petrov", "evidence": {"rule": "sig"}}, {"name": "Li Wei"}])
    people = [{"name": "Ivan Petrov", "title": "Director", "email": "ivan@example.gov", "role": "head"},
              {"name": "张伟"}]
    with session_scope(runtime.engine) as session:
        changes = review.set_delegates(session, pk, "bob", people)
    assert len(changes) == 1 and changes[0].field == "delegates"
    with session_scope(runtime.engine) as session:
        rows = repository.delegates_of(session, pk)
        assert [(d.name, d.title, d.role) for d in rows] == [("Ivan Petrov", "Director", "head"), ("张伟", None, None)]
        assert rows[0].evidence == {"rule": "sig"}  # unchanged name keeps its evidence
        entry = review.audit_log(session, pk)[-1]
        assert [p["name"] for p in entry.before] == ["Ivan Petrov", "Li Wei"]
        assert [p["name"] for p in entry.after] == ["Ivan Petrov", "张伟"]
        assert "张伟" in repository.get_message(session, pk).search_text
    for bad, message in [([{"name": ""}], "needs a name"), ([{"name": "A", "email": "nope"}], "not an address"),
                         ([{"name": "A", "role": "king"}], "role must be")]:
        with session_scope(runtime.engine) as session, pytest.raises(review.ReviewError, match=message):
            review.set_delegates(session, pk, "bob", bad)


def test_decisions_and_not_a_reply(runtime) -> None:
    call = runtime.config.call
    first, second = store(runtime), store(runtime, subject="Re: other")
    with session_scope(runtime.engine) as session:
        assert review.set_status(session, first, "carol", "approved", call)[0].after == "approved"
        review.not_a_reply(session, second, "carol", call)
        with pytest.raises(review.ReviewError, match="status must be"):
            review.set_status(session, first, "carol", "accepted", call)
    with session_scope(runtime.engine) as session:
        other = repository.get_message(session, second)
        assert (other.kind, other.status) == ("unrelated", "approved")
        assert {e.field for e in review.audit_log(session, second)} == {"kind", "status"}


def test_reprocessing_never_overwrites_a_reviewers_edit(runtime) -> None:
    call = runtime.config.call
    raw = build_message("Dear Sir, Egypt nominates Mr Ahmed Hassan for the Budapest session.", subject="CI-19/35")
    pk = runtime.pipeline.ingest(RawMail(raw, origin="test")).message_pk
    with session_scope(runtime.engine) as session:
        message = repository.get_message(session, pk)
        kind = "decline" if message.kind != "decline" else "inquiry"
        state = "PER" if message.member_state != "PER" else "FRA"
        review.edit_fields(session, pk, "dana", {"kind": kind, "member_state": state}, call, STATES)
        review.set_delegates(session, pk, "dana", [{"name": "Reviewer Chosen Name"}])
        review.set_status(session, pk, "dana", "approved", runtime.config.call)
    runtime.pipeline.reprocess(pk)
    with session_scope(runtime.engine) as session:
        message = repository.get_message(session, pk)
        assert (message.kind, message.member_state, message.status) == (kind, state, "approved")
        assert [d.name for d in repository.delegates_of(session, pk)] == ["Reviewer Chosen Name"]
        assert len(review.audit_log(session, pk)) == 4


def _received(day: int) -> datetime:
    return datetime(2019, 8, day, 9, 0)


def test_current_nomination_after_corrections_and_silent_states(runtime) -> None:
    call = runtime.config.call
    store(runtime, member_state="EGY", received_at=_received(1), status="approved", sessions=["budapest-2019"],
          delegates=[{"name": "Old Name"}])
    store(runtime, member_state="EGY", received_at=_received(5), status="approved", kind="correction",
          sessions=["budapest-2019"], delegates=[{"name": "New Name"}])
    store(runtime, member_state="EGY", received_at=_received(6), status="rejected", kind="correction",
          sessions=["budapest-2019"], delegates=[{"name": "Rejected Name"}])
    store(runtime, member_state="FRA", received_at=_received(20), status="needs_review", late=True,
          sessions=["budapest-2019", "wsis-2020"], delegates=[{"name": "Marie Curie"}])
    with session_scope(runtime.engine) as session:
        summaries, silent = review.member_states(session, call, runtime.roster)
        approved = review.state_summaries(session, call, STATES, approved_only=True)
    by_code = {s.code: s for s in summaries}
    assert [d.name for d in by_code["EGY"].delegates["budapest-2019"]] == ["New Name"]
    assert by_code["EGY"].deadline_status == "on_time" and by_code["EGY"].all_approved
    assert by_code["FRA"].deadline_status == "late" and not by_code["FRA"].all_approved
    assert set(by_code["FRA"].delegates) == {"budapest-2019", "wsis-2020"}
    silent_codes = [code for code, _ in silent]
    assert {"CHN", "PER", "RUS"} <= set(silent_codes) and not {"EGY", "FRA"} & set(silent_codes)
    assert len(silent_codes) == len(runtime.roster.members) - 2 == 193 - 2  # the Member States of 2019
    assert [s.code for s in approved] == ["EGY"]


def test_approved_export_csv_and_xlsx_per_session(runtime) -> None:
    call = runtime.config.call
    store(runtime, member_state="CHN", status="approved", sessions=["budapest-2019", "cwg-2020"],
          delegates=[{"name": "王芳", "title": "处长"}, {"name": "=HYPERLINK(\"x\")"}])
    store(runtime, member_state="RUS", status="approved", sessions=["cwg-2020"], delegates=[{"name": "Анна Смирнова"}])
    store(runtime, member_state="EGY", status="needs_review", delegates=[{"name": "Not Yet Approved"}])
    with session_scope(runtime.engine) as session:
        rows = approved_rows(session, call, STATES)
        only = approved_rows(session, call, STATES, "cwg-2020")
        with pytest.raises(ValueError, match="unknown session"):
            approved_rows(session, call, STATES, "nope")
    names = [(r[0], r[2], r[5]) for r in rows]
    assert ("budapest-2019", "CHN", "王芳") in names and ("cwg-2020", "RUS", "Анна Смирнова") in names
    assert not any(n == "Not Yet Approved" for _, _, n in names)
    assert {r[0] for r in only} == {"cwg-2020"} and len(only) == 3
    text = csv_bytes(rows).decode("utf-8-sig")
    assert text.splitlines()[0] == ",".join(COLUMNS) and "王芳" in text and "'=HYPERLINK" in text
    sheet = load_workbook(io.BytesIO(xlsx_bytes(rows))).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == COLUMNS and [v[5] for v in values[1:] if v[2] == "RUS"] == ["Анна Смирнова"]
    assert all(v[5] != "=HYPERLINK(\"x\")" for v in values)  # never a live formula


def _seed_queue(runtime) -> dict[str, int]:
    return {
        "egy": store(runtime, member_state="EGY", language="ar", subject="ترشيح", received_at=_received(2),
                     delegates=[{"name": "أحمد حسن"}], confidence=0.9, status="accepted"),
        "chn": store(runtime, member_state="CHN", language="zh", received_at=_received(3), late=None, kind="inquiry",
                     delegates=[{"name": "王芳"}], confidence=0.4, review_reasons=["no delegate name found"]),
        "rus": store(runtime, member_state="RUS", language="ru", received_at=_received(20), late=True,
                     sessions=["wsis-2020"], delegates=[{"name": "Анна Смирнова"}], confidence=0.7),
        "bad": store(runtime, status="quarantined", kind=None, member_state=None, received_at=None, late=None,
                     confidence=None, sessions=[]),
    }


def test_queue_filters_search_sort_and_pages(runtime) -> None:
    ids = _seed_queue(runtime)

    def found(**values) -> list[int]:
        with session_scope(runtime.engine) as session:
            return [r.message.id for r in load_queue(session, QueueQuery(**values)).rows]

    assert found(q="حسن") == [ids["egy"]] and found(q="王") == [ids["chn"]] and found(q="смирнова") == [ids["rus"]]
    assert found(status="quarantined") == [ids["bad"]]
    assert found(kind="inquiry") == [ids["chn"]] and found(member_state="rus") == [ids["rus"]]
    assert found(session="wsis-2020") == [ids["rus"]] and found(language="ar") == [ids["egy"]]
    assert found(late="yes") == [ids["rus"]] and set(found(late="unknown")) == {ids["chn"], ids["bad"]}
    assert found(reason="delegate name") == [ids["chn"]]
    assert found(received_from="2019-08-03", received_to="2019-08-03") == [ids["chn"]]
    assert found(min_confidence="0.8") == [ids["egy"]] and found(max_confidence="0.5") == [ids["chn"]]
    assert found(sort="received", order="desc") == [ids["rus"], ids["chn"], ids["egy"], ids["bad"]]
    assert found(sort="confidence", order="asc")[:3] == [ids["chn"], ids["rus"], ids["egy"]]
    assert found(per_page=25, page=2) == found(per_page=25)  # a page past the end shows the last one
    with session_scope(runtime.engine) as session:
        page = load_queue(session, QueueQuery(per_page=25))
        assert page.total == 4 and page.pages == 1
        assert page.counts == {"needs_review": 2, "accepted": 1, "approved": 0, "rejected": 0, "quarantined": 1}
        assert neighbour(session, ids["chn"]) == ids["rus"] and neighbour(session, ids["rus"]) == ids["chn"]
    for bad, message in [({"sort": "x"}, "sort must be"), ({"late": "x"}, "late must be"), ({"per_page": 7}, "per_page"),
                         ({"received_from": "8/1/2019"}, "received_from"), ({"min_confidence": "high"}, "min_confidence"),
                         ({"status": "done"}, "status must be")]:
        with session_scope(runtime.engine) as session, pytest.raises(QueueError, match=message):
            load_queue(session, QueueQuery(**bad))


def test_queue_query_reads_form_values() -> None:
    query = QueueQuery.from_mapping({"status": "approved", "page": "3", "unknown": "x", "q": " 王 "})
    assert (query.status, query.page, query.q) == ("approved", 3, "王")
    assert query.params(page=1) == {"status": "approved", "q": "王"}
    with pytest.raises(QueueError, match="page must be a whole number"):
        QueueQuery.from_mapping({"page": "two"})


def test_audit_entries_name_message_columns(runtime) -> None:
    pk = store(runtime)
    with session_scope(runtime.engine) as session:
        review.edit_fields(session, pk, "eve", {"member_state": "PER", "sessions": ["wsis-2020"]},
                           runtime.config.call, STATES)
        fields = set(session.exec(select(AuditEntry.field).where(AuditEntry.message_pk == pk)).all())
    assert fields <= set(Message.model_fields) | {"delegates", "late_reason"}
