"""link_corrections: each correction of a Member State points at the reply it answers, else the one received just
before it, whatever order the replies are stored in, skipping rejected replies and keeping a reviewer's own choice."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import select

from processor.services.nominations import link_corrections
from processor.services.runtime import Runtime
from storage import repository
from storage.db import session_scope
from storage.models import AuditEntry, Message


def _add(runtime: Runtime, message_id: str, kind: str, day: int, state: str = "KEN", status: str = "accepted") -> int:
    with session_scope(runtime.engine) as session:
        message = Message(sha256=f"{abs(hash(message_id)):064d}"[:64], message_id=message_id, kind=kind,
                          member_state=state, status=status, received_at=datetime(2019, 8, day, tzinfo=UTC))
        session.add(message)
        session.flush()
        link_corrections(session, state, runtime.config.call.default_session)
        return message.id


def _supersedes(runtime: Runtime, pk: int) -> str | None:
    with session_scope(runtime.engine) as session:
        return repository.get_message(session, pk).supersedes


def test_a_correction_stored_before_the_reply_it_corrects_is_relinked_when_that_reply_arrives(runtime: Runtime) -> None:
    first = _add(runtime, "<n1@ke>", "nomination", 1)
    correction = _add(runtime, "<c1@ke>", "correction", 10)
    assert _supersedes(runtime, correction) == "<n1@ke>"
    _add(runtime, "<n2@ke>", "nomination", 5)  # received between the two, stored last
    assert _supersedes(runtime, correction) == "<n2@ke>"
    assert _supersedes(runtime, first) is None


def test_rejected_replies_and_other_states_are_not_what_a_correction_replaces(runtime: Runtime) -> None:
    _add(runtime, "<n1@ke>", "nomination", 1)
    _add(runtime, "<n2@ke>", "nomination", 3, status="rejected")
    _add(runtime, "<n3@gh>", "nomination", 4, state="GHA")
    correction = _add(runtime, "<c1@ke>", "correction", 10)
    assert _supersedes(runtime, correction) == "<n1@ke>"


def test_a_link_a_reviewer_set_is_kept(runtime: Runtime) -> None:
    _add(runtime, "<n1@ke>", "nomination", 1)
    correction = _add(runtime, "<c1@ke>", "correction", 10)
    with session_scope(runtime.engine) as session:
        repository.get_message(session, correction).supersedes = None
        session.add(AuditEntry(message_pk=correction, username="reviewer", field="supersedes", before="<n1@ke>",
                               after=None))
    _add(runtime, "<n2@ke>", "nomination", 5)
    assert _supersedes(runtime, correction) is None


def _add_answering(runtime: Runtime, message_id: str, in_reply_to: str, state: str) -> int:
    with session_scope(runtime.engine) as session:
        message = Message(sha256=f"{abs(hash(message_id)):064d}"[:64], message_id=message_id, kind="correction",
                          member_state=state, status="accepted", in_reply_to=in_reply_to,
                          received_at=datetime(2019, 8, 8, tzinfo=UTC))
        session.add(message)
        session.flush()
        link_corrections(session, state, runtime.config.call.default_session)
        return message.id


def test_with_no_earlier_reply_stored_a_correction_supersedes_the_mail_it_answers(runtime: Runtime) -> None:
    answering = _add_answering(runtime, "<c2@minpostel.gov.cm>", "<first@minpostel.gov.cm>", "CMR")
    assert _supersedes(runtime, answering) == "<first@minpostel.gov.cm>"
    # an answer to the secretariat's acknowledgement is not an answer to the state's own reply
    to_ack = _add_answering(runtime, "<c3@mintp.gouv.ga>", "<ack-17@itu.int>", "GAB")
    assert _supersedes(runtime, to_ack) is None


def test_a_correction_supersedes_the_stored_reply_it_answers(runtime: Runtime) -> None:
    _add(runtime, "<n1@ict.go.ke>", "nomination", 1)
    _add(runtime, "<n2@kepsa.or.ke>", "nomination", 5)  # a later reply read as the same state's
    answering = _add_answering(runtime, "<c1@ict.go.ke>", "<n1@ict.go.ke>", "KEN")
    assert _supersedes(runtime, answering) == "<n1@ict.go.ke>"


def test_a_correction_supersedes_the_reply_its_own_office_sent(runtime: Runtime) -> None:
    for message_id, day, sender, kind in (("<n1@miit.gov.cn>", 8, "gjs@miit.gov.cn", "nomination"),
                                          ("<n2@outlook.com>", 9, "someone@caict.ac.cn", "nomination"),
                                          ("<c1@miit.gov.cn>", 12, "gjs@miit.gov.cn", "correction")):
        with session_scope(runtime.engine) as session:
            session.add(Message(sha256=f"{abs(hash(message_id)):064d}"[:64], message_id=message_id, kind=kind,
                                member_state="CHN", status="accepted", from_address=sender,
                                received_at=datetime(2019, 8, day, tzinfo=UTC)))
            session.flush()
            link_corrections(session, "CHN", runtime.config.call.default_session)
    with session_scope(runtime.engine) as session:
        correction = session.exec(select(Message).where(Message.message_id == "<c1@miit.gov.cn>")).one()
        assert correction.supersedes == "<n1@miit.gov.cn>"


def _exported_kind(runtime: Runtime, message_id: str) -> str:
    from processor.services.export import iter_records

    with session_scope(runtime.engine) as session:
        return next(r["kind"] for r in iter_records(session) if r["message_id"] == message_id)


def test_names_following_an_interest_only_reply_are_exported_as_the_nomination_they_are(runtime: Runtime) -> None:
    _add(runtime, "<i1@ke>", "interest_only", 1)  # "Kenya is interested; names follow"
    later = _add(runtime, "<c1@ke>", "correction", 10)  # "further to our email of 1 August, we nominate Ms X"
    assert _supersedes(runtime, later) is None
    assert _exported_kind(runtime, "<c1@ke>") == "nomination"
    _add(runtime, "<n1@ke>", "nomination", 5)  # an earlier nomination stored late: now it corrects that
    assert _supersedes(runtime, later) == "<n1@ke>"
    assert _exported_kind(runtime, "<c1@ke>") == "correction"


def test_a_correction_of_a_reply_not_in_the_mailbox_stays_a_correction(runtime: Runtime) -> None:
    _add(runtime, "<c1@gh>", "correction", 10, state="GHA")  # what it corrects went elsewhere
    assert _exported_kind(runtime, "<c1@gh>") == "correction"
