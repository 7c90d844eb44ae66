"""Reading and writing messages. The pipeline's store stage and reviewers' edits both go through here."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from processor.domain.analysis import Analysis, status_after, status_when_unreadable, status_with_conflict
from processor.domain.model import Evidence, RawMail, Status
from processor.domain.nominations import Reply
from processor.stages import searchtext
from storage.models import Attachment, AuditEntry, Delegate, Message


def evidence_json(evidence: Evidence) -> dict[str, Any]:
    return {"rule": evidence.rule, "confidence": evidence.confidence, "spans": [asdict(s) for s in evidence.spans]}


def find_by_sha(session: Session, sha256: str) -> Message | None:
    return session.exec(select(Message).where(Message.sha256 == sha256)).first()


def get_message(session: Session, pk: int) -> Message:
    message = session.get(Message, pk)
    if message is None:
        raise KeyError(f"no message with id {pk}")
    return message


def delegates_of(session: Session, pk: int) -> list[Delegate]:
    return list(session.exec(select(Delegate).where(Delegate.message_pk == pk).order_by(col(Delegate.position))))


def locked_fields(session: Session, pk: int) -> set[str]:
    """Fields a reviewer has edited: reprocessing never overwrites them."""
    return set(session.exec(select(AuditEntry.field).where(AuditEntry.message_pk == pk)).all())


def search_text(message: Message, people: list[tuple[str, str | None]]) -> str:
    """The message's search document (see processor.stages.searchtext) for its delegates' (name, e-mail) pairs."""
    return searchtext.document(message.subject, message.from_name, message.from_address, people)


def _apply(message: Message, analysis: Analysis, rules_version: str, locked: set[str]) -> None:
    parsed, extraction = analysis.parsed, analysis.extraction
    message.subject = parsed.subject
    message.from_name = parsed.from_name
    message.from_address = parsed.from_address
    message.to_addresses = list(parsed.to)
    message.date_header = parsed.date_header
    message.received_at = analysis.timing.received_at
    message.received_source = analysis.timing.source
    message.body_text = parsed.text
    message.body_html = parsed.html
    message.own_text = analysis.own_text
    message.language_method = analysis.language.method
    values: dict[str, Any] = {
        "kind": extraction.kind.value,
        "language": analysis.language.code,
        "member_state": extraction.member_state,
        "sessions": list(extraction.sessions),
        "late": analysis.late,
    }
    for name, value in values.items():
        if name not in locked:
            setattr(message, name, value)
    message.confidence = extraction.confidence
    message.amends = extraction.amends
    message.review_reasons = list(analysis.review_reasons)
    message.evidence = {name: evidence_json(ev) for name, ev in extraction.evidence.items()}
    message.auth = analysis.authenticity.as_json() if analysis.authenticity else {}
    message.rules_version = rules_version
    message.processed_at = datetime.now(UTC)
    message.quarantine_stage = None
    message.quarantine_error = None
    message.status = status_after(message.status, analysis, "status" in locked)


def _replace_delegates(session: Session, message: Message, analysis: Analysis, new: bool = False) -> None:
    """The message's delegates from the analysis; a `new` message has none to delete (saves a SELECT per store)."""
    for old in [] if new else delegates_of(session, message.id):
        session.delete(old)
    for position, person in enumerate(analysis.extraction.delegates):
        session.add(Delegate(message_pk=message.id, position=position, name=person.name, title=person.title,
                             email=person.email, honorific=person.honorific, role=person.role,
                             aliases=list(person.aliases), evidence=evidence_json(person.evidence),
                             confidence=person.evidence.confidence))


def _replace_attachments(session: Session, message: Message, analysis: Analysis, new: bool = False) -> None:
    """The message's attachment rows from the analysis; a `new` message has none to delete."""
    for old in [] if new else session.exec(select(Attachment).where(Attachment.message_pk == message.id)):
        session.delete(old)
    for position, item in enumerate(analysis.parsed.attachments):
        session.add(Attachment(message_pk=message.id, position=position, filename=item.filename,
                               content_type=item.content_type, size=item.size, sha256=item.sha256,
                               text_source=item.text_source, ocr_pages=list(item.ocr_pages), note=item.note,
                               text=item.text))


def _flag_message_id_conflict(session: Session, message: Message) -> None:
    if not message.message_id:
        return
    others = session.exec(select(Message).where(Message.message_id == message.message_id,
                                                Message.id != message.id)).all()
    if others:
        message.message_id_conflict = True
        reason = "another stored message has the same Message-ID with different content"
        message.review_reasons = [*message.review_reasons, reason]
        message.status = status_with_conflict(message.status)


def store_analysis(session: Session, raw: RawMail, sha256: str, path: str, analysis: Analysis,
                   rules_version: str) -> Message:
    """Insert a new message with everything read from it (the store stage)."""
    message = Message(sha256=sha256, message_id=analysis.parsed.message_id, origin=raw.origin, folder=raw.folder,
                      uid=raw.uid, size=len(raw.data), archive_path=path)
    _apply(message, analysis, rules_version, set())
    session.add(message)
    session.flush()
    _replace_delegates(session, message, analysis, new=True)
    _replace_attachments(session, message, analysis, new=True)
    _flag_message_id_conflict(session, message)
    message.search_text = search_text(message, [(d.name, d.email) for d in analysis.extraction.delegates])
    session.flush()
    return message


def update_analysis(session: Session, pk: int, analysis: Analysis, rules_version: str) -> Message:
    """Replace what was read from a stored message, keeping every field a reviewer edited."""
    message = get_message(session, pk)
    locked = locked_fields(session, pk)
    _apply(message, analysis, rules_version, locked)
    if message.message_id_conflict:
        message.review_reasons = [*message.review_reasons,
                                  "another stored message has the same Message-ID with different content"]
    if "delegates" not in locked:
        _replace_delegates(session, message, analysis)
    _replace_attachments(session, message, analysis)
    message.version += 1  # what a reviewer saw before may have changed
    session.flush()
    message.search_text = search_text(message, [(d.name, d.email) for d in delegates_of(session, pk)])
    return message


def store_quarantined(session: Session, raw: RawMail, sha256: str, path: str, stage: str, error: str,
                      trace: str) -> Message:
    """Keep a message no stage could finish, with the stage and the error for the operator."""
    message = Message(sha256=sha256, origin=raw.origin, folder=raw.folder, uid=raw.uid, size=len(raw.data),
                      archive_path=path, status=Status.QUARANTINED.value, quarantine_stage=stage,
                      quarantine_error=f"{error}\n\n{trace}", review_reasons=[f"could not be processed ({stage}): {error}"],
                      processed_at=datetime.now(UTC))
    _fill_headers_leniently(message, raw.data)
    session.add(message)
    session.flush()
    return message


def mark_quarantined(session: Session, pk: int, stage: str, error: str) -> None:
    message = get_message(session, pk)
    message.status = status_when_unreadable(message.status)
    message.quarantine_stage = stage
    message.quarantine_error = error
    message.review_reasons = [f"could not be processed ({stage}): {error}"]


def _fill_headers_leniently(message: Message, data: bytes) -> None:
    """Best-effort Message-ID, subject and sender for a quarantined message, so people can find it."""
    import email
    import email.policy

    try:
        head = email.message_from_bytes(data[:65536], policy=email.policy.compat32)
        from processor.stages.parse import decode_header_value

        message.message_id = (" ".join(str(head.get("Message-ID") or "").replace("\x00", " ").split()) or None)
        message.subject = decode_header_value(head.get("Subject"))[:1000]
        message.from_address = decode_header_value(head.get("From"))[:300]
    except Exception:  # the raw bytes are kept either way
        pass
    message.search_text = search_text(message, [])


def reply_value(message: Message, people: tuple[Delegate, ...] = ()) -> Reply[Delegate]:
    """A stored message as the nominations rule reads it (processor.domain.nominations)."""
    return Reply(key=message.id or 0, kind=message.kind, status=message.status,
                 arrived=message.received_at or message.imported_at, sessions=tuple(message.sessions), people=people,
                 amends=message.amends)


def count_by_status(session: Session) -> dict[str, int]:
    rows = session.exec(select(Message.status, func.count()).group_by(Message.status)).all()
    return {status: count for status, count in rows}


def search_filter(query: str):  # type: ignore[no-untyped-def]
    """A WHERE clause matching names, delegate e-mails, subject or sender in any script, whatever the case and
    accents, or the Message-ID; `%` and `_` in the query are plain characters."""
    return or_(col(Message.search_text).like(searchtext.like_pattern(searchtext.fold(query)), escape="\\"),
               col(Message.message_id).like(searchtext.like_pattern(query), escape="\\"))
