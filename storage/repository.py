"""Reading and writing messages. The pipeline's store stage and reviewers' edits both go through here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, or_
from sqlmodel import Session, col, select

from processor.domain.analysis import Analysis, status_after, status_when_unreadable, status_with_conflict
from processor.domain.model import Evidence, RawMail, Status
from processor.domain.nominations import Reply
from processor.stages import searchtext
from storage.models import Attachment, AuditEntry, Delegate, Message

MESSAGE_ID_CONFLICT = "another stored message has the same Message-ID with different content"


def evidence_json(evidence: Evidence) -> dict[str, Any]:
    # a span's fields by name (what dataclasses.asdict gives for strings and numbers, without its deep copy)
    return {"rule": evidence.rule, "confidence": evidence.confidence,
            "spans": [{"source": s.source, "text": s.text, "start": s.start, "end": s.end} for s in evidence.spans]}


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
    message.gone = list(extraction.gone)
    message.in_reply_to = parsed.answers
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
        message.review_reasons = [*message.review_reasons, MESSAGE_ID_CONFLICT]
        message.status = status_with_conflict(message.status)


@dataclass(frozen=True)
class NewMessage:
    """A message to insert: its analysis, or the stage it failed at with the error (quarantined)."""

    raw: RawMail
    sha256: str
    path: str
    analysis: Analysis | None = None
    stage: str = ""
    error: str = ""
    trace: str = ""


@dataclass(frozen=True)
class Inserted:
    """What `store_batch` wrote for one message."""

    pk: int
    status: str
    message_id: str | None


def _new_row(item: NewMessage, rules_version: str, now: datetime) -> dict[str, Any]:
    """The column values of a new message row (the ORM's defaults, spelled out for a Core insert)."""
    row: dict[str, Any] = {
        "sha256": item.sha256, "message_id": None, "message_id_conflict": False, "origin": item.raw.origin,
        "folder": item.raw.folder, "uid": item.raw.uid, "size": len(item.raw.data), "archive_path": item.path,
        "imported_at": now, "processed_at": now, "status": Status.NEEDS_REVIEW.value, "quarantine_stage": None,
        "quarantine_error": None, "subject": "", "from_name": "", "from_address": "", "to_addresses": [],
        "date_header": None, "received_at": None, "received_source": None, "late": None, "language": None,
        "language_method": None, "kind": None, "member_state": None, "sessions": [], "supersedes": None, "in_reply_to": None,
        "amends": False, "gone": [],
        "confidence": None, "review_reasons": [], "evidence": {}, "auth": {}, "body_text": "", "body_html": None,
        "own_text": "", "search_text": "", "attempts": 0, "rules_version": None, "version": 0,
    }
    analysis = item.analysis
    if analysis is None:
        row.update(status=Status.QUARANTINED.value, quarantine_stage=item.stage,
                   quarantine_error=f"{item.error}\n\n{item.trace}",
                   review_reasons=[f"could not be processed ({item.stage}): {item.error}"],
                   **_lenient_headers(item.raw.data))
        row["search_text"] = searchtext.document(row["subject"], row["from_name"], row["from_address"], [])
        return row
    parsed, extraction = analysis.parsed, analysis.extraction
    row.update(
        message_id=parsed.message_id, in_reply_to=parsed.answers, subject=parsed.subject, from_name=parsed.from_name,
        from_address=parsed.from_address, to_addresses=list(parsed.to), date_header=parsed.date_header,
        received_at=analysis.timing.received_at, received_source=analysis.timing.source, body_text=parsed.text,
        body_html=parsed.html, own_text=analysis.own_text, language_method=analysis.language.method,
        kind=extraction.kind.value, language=analysis.language.code, member_state=extraction.member_state,
        sessions=list(extraction.sessions), late=analysis.late, confidence=extraction.confidence,
        amends=extraction.amends, gone=list(extraction.gone), review_reasons=list(analysis.review_reasons),
        evidence={name: evidence_json(ev) for name, ev in extraction.evidence.items()},
        auth=analysis.authenticity.as_json() if analysis.authenticity else {}, rules_version=rules_version,
        status=status_after(None, analysis, False),
        search_text=searchtext.document(parsed.subject, parsed.from_name, parsed.from_address,
                                        [(d.name, d.email) for d in extraction.delegates]))
    return row


def store_batch(session: Session, items: Sequence[NewMessage], rules_version: str) -> list[Inserted]:
    """Insert new messages (none of them stored yet) with their delegates and attachments: one INSERT per table
    for the whole batch (Core, not the ORM), in the order given, as `store_analysis` and `store_quarantined` would
    one by one (a Message-ID met before, in the database or earlier in the batch, is flagged)."""
    if not items:
        return []
    now = datetime.now(UTC)
    rows = [_new_row(item, rules_version, now) for item in items]
    wanted = {row["message_id"] for row in rows if row["message_id"]}
    seen = set(session.exec(select(Message.message_id).where(col(Message.message_id).in_(wanted))).all()) \
        if wanted else set()
    for row, item in zip(rows, items, strict=True):
        if item.analysis is not None and row["message_id"] in seen:
            row["message_id_conflict"] = True
            row["review_reasons"] = [*row["review_reasons"], MESSAGE_ID_CONFLICT]
            row["status"] = status_with_conflict(row["status"])
        if row["message_id"]:
            seen.add(row["message_id"])
    table = Message.__table__  # type: ignore[attr-defined]
    pks = list(session.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows).scalars())
    delegates: list[dict[str, Any]] = []
    attachments: list[dict[str, Any]] = []
    for pk, item in zip(pks, items, strict=True):
        if item.analysis is None:
            continue
        delegates += [{"message_pk": pk, "position": n, "name": p.name, "title": p.title, "email": p.email,
                       "honorific": p.honorific, "role": p.role, "aliases": list(p.aliases),
                       "evidence": evidence_json(p.evidence), "confidence": p.evidence.confidence}
                      for n, p in enumerate(item.analysis.extraction.delegates)]
        attachments += [{"message_pk": pk, "position": n, "filename": a.filename, "content_type": a.content_type,
                         "size": a.size, "sha256": a.sha256, "text_source": a.text_source,
                         "ocr_pages": list(a.ocr_pages), "note": a.note, "text": a.text}
                        for n, a in enumerate(item.analysis.parsed.attachments)]
    if delegates:
        session.execute(insert(Delegate.__table__), delegates)  # type: ignore[attr-defined]
    if attachments:
        session.execute(insert(Attachment.__table__), attachments)  # type: ignore[attr-defined]
    return [Inserted(pk, row["status"], row["message_id"]) for pk, row in zip(pks, rows, strict=True)]


def find_by_shas(session: Session, shas: set[str]) -> dict[str, tuple[int, str]]:
    """The stored messages among these sha256 values: sha256 → (id, status)."""
    if not shas:
        return {}
    rows = session.exec(select(Message.sha256, Message.id, Message.status).where(col(Message.sha256).in_(shas)))
    return {sha: (pk or 0, status) for sha, pk, status in rows}


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
        message.review_reasons = [*message.review_reasons, MESSAGE_ID_CONFLICT]
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
    for name, value in _lenient_headers(raw.data).items():
        setattr(message, name, value)
    message.search_text = search_text(message, [])
    session.add(message)
    session.flush()
    return message


def mark_quarantined(session: Session, pk: int, stage: str, error: str) -> None:
    message = get_message(session, pk)
    message.status = status_when_unreadable(message.status)
    message.quarantine_stage = stage
    message.quarantine_error = error
    message.review_reasons = [f"could not be processed ({stage}): {error}"]


def _lenient_headers(data: bytes) -> dict[str, Any]:
    """Best-effort Message-ID, subject and sender of a quarantined message, so people can find it (only the head
    is read, with the lenient compat32 parser: the message already failed the full parse)."""
    import email
    import email.policy

    from processor.stages.parse import decode_header_value

    try:
        head = email.message_from_bytes(data[:65536].split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0],
                                        policy=email.policy.compat32)
        return {"message_id": " ".join(str(head.get("Message-ID") or "").replace("\x00", " ").split()) or None,
                "subject": decode_header_value(head.get("Subject"))[:1000],
                "from_address": decode_header_value(head.get("From"))[:300]}
    except Exception:  # the raw bytes are kept either way
        return {}


def reply_value(message: Message, people: tuple[Delegate, ...] = ()) -> Reply[Delegate]:
    """A stored message as the nominations rule reads it (processor.domain.nominations)."""
    return Reply(key=message.id or 0, kind=message.kind, status=message.status,
                 arrived=message.received_at or message.imported_at, sessions=tuple(message.sessions), people=people,
                 amends=message.amends, gone=tuple(message.gone or ()))


def count_by_status(session: Session) -> dict[str, int]:
    rows = session.exec(select(Message.status, func.count()).group_by(Message.status)).all()
    return {status: count for status, count in rows}


def search_filter(query: str):  # type: ignore[no-untyped-def]
    """A WHERE clause matching names, delegate e-mails, subject or sender in any script, whatever the case and
    accents, or the Message-ID; `%` and `_` in the query are plain characters."""
    return or_(col(Message.search_text).like(searchtext.like_pattern(searchtext.fold(query)), escape="\\"),
               col(Message.message_id).like(searchtext.like_pattern(query), escape="\\"))
