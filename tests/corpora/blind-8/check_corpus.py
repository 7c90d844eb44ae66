#!/usr/bin/env python3
"""Self-check of the corpus (standard library only)."""
import email, email.policy, json, os, sys, collections
from email.utils import parsedate_to_datetime
from datetime import datetime
D = os.path.dirname(os.path.abspath(__file__))
DEADLINE = datetime.fromisoformat("2019-08-16T23:59:59+02:00")
KEYS = ["message_id", "file", "kind", "language", "member_state", "delegates", "sessions", "received_at", "late", "supersedes"]
labels = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8")]
errs = []
seen = {}
files = set(os.listdir(os.path.join(D, "messages")))
assert files == {l["file"] for l in labels}, "file set mismatch"
for l in labels:
    f = l["file"]
    if list(l.keys()) != KEYS:
        errs.append((f, "keys"))
    raw = open(os.path.join(D, "messages", f), "rb").read()
    m = email.message_from_bytes(raw, policy=email.policy.default)
    for part in m.walk():
        if part.defects:
            errs.append((f, "defects", part.defects))
        if part.get_content_maintype() == "text":
            try:
                part.get_content()
            except Exception as e:
                errs.append((f, "decode", e))
    for hn in ("From", "Subject", "To"):
        str(m[hn])
    if m.defects:
        errs.append((f, "msg defects", m.defects))
    if m["Message-ID"].strip() != l["message_id"]:
        errs.append((f, "msgid"))
    top = m.get_all("Received")[0]
    rdt = parsedate_to_datetime(top.rsplit(";", 1)[1].split("(")[0].strip())
    if rdt != datetime.fromisoformat(l["received_at"]) or rdt.isoformat() != l["received_at"]:
        errs.append((f, "received_at"))
    if "itu.int" not in top.split(";")[0]:
        errs.append((f, "top received not ITU"))
    late = (rdt > DEADLINE) if l["kind"] in ("nomination", "interest_only", "correction") else None
    if late != l["late"]:
        errs.append((f, "late"))
    if l["kind"] in ("auto_reply", "bounce", "unrelated") and l["member_state"] is not None:
        errs.append((f, "state"))
    if l["kind"] not in ("nomination", "correction") and l["delegates"]:
        errs.append((f, "delegates"))
    if l["kind"] in ("nomination", "correction") and not l["delegates"]:
        errs.append((f, "no delegates"))
    if l["kind"] not in ("nomination", "interest_only", "correction") and l["sessions"]:
        errs.append((f, "sessions"))
    for d in l["delegates"]:
        if list(d.keys()) != ["name", "aliases", "title", "email"]:
            errs.append((f, "delegate keys"))
    if l["kind"] == "correction":
        p = seen.get(l["supersedes"])
        if not p or p["member_state"] != l["member_state"]:
            errs.append((f, "supersedes"))
    elif l["supersedes"] is not None:
        errs.append((f, "supersedes set"))
    seen[l["message_id"]] = l
c = collections.Counter
print("messages", len(labels))
print("kinds", dict(c(l["kind"] for l in labels)))
langs = c(l["language"] for l in labels)
print("languages", len(langs), dict(langs))
un = sum(v for k, v in langs.items() if k in ("ar", "zh", "en", "fr", "ru", "es"))
print("UN share %.1f%%" % (100 * un / len(labels)))
print("charsets", dict(c(l["file"].rsplit("_", 1)[1][:-4] for l in labels)))
print("late", dict(c(str(l["late"]) for l in labels)))
print("errors", len(errs))
for e in errs:
    print(" ", e)
sys.exit(1 if errs else 0)
