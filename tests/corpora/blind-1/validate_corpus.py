#!/usr/bin/env python3
"""Validate the blind-1 corpus (copied from dev2, paths unchanged: it checks the folder it sits in) against shared/corpus/SCHEMA.md.

    python3 validate_corpus.py            # checks messages/ + labels.jsonl next to this file
    python3 validate_corpus.py --no-rerun # skip the byte-identical re-generation check

Exit status 0 when every check passes; problems are printed one per line.
"""
import datetime as dt
import email
import glob
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
import zlib
from email import policy
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
DEADLINE = dt.datetime(2019, 8, 16, 23, 59, 59, tzinfo=dt.timezone(dt.timedelta(hours=2)))
KINDS = {"nomination", "interest_only", "decline", "correction", "inquiry", "auto_reply", "bounce", "unrelated"}
SESSIONS = ["budapest-2019", "cwg-2020", "wsis-2020"]
KEYS = ["message_id", "file", "kind", "language", "member_state", "delegates", "sessions", "received_at", "late", "supersedes"]
ISO639_1 = set("""aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz
ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv
ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn
no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg
th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split())
ISO3166_A3 = set("""ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS
BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM
CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB
GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ
KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG
MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI
PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ
SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT
WLF WSM YEM ZAF ZMB ZWE""".split())
HONORIFIC_PREFIXES = ["السيد", "السيدة", "المهندس", "م.", "د.", "Mr", "Ms", "Mrs", "Dr", "H.E.", "M.", "Mme", "S.E.", "Sr.",
                      "Sra.", "Dña.", "Excmo", "Lic.", "Shri", "Frau", "Herr", "Sn.", "г-н", "г-жа", "Eng."]
HONORIFIC_SUFFIXES = ["先生", "女士"]
NO_SESSION_KINDS = {"decline", "auto_reply", "bounce", "unrelated", "inquiry"}
LATE_KINDS = {"nomination", "interest_only", "correction"}

problems = []
notes = []


def bad(msg):
    problems.append(msg)


def fold(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s)


def pdf_text(data):
    """Concatenate the strings of all Flate content streams (enough for fpdf2 output)."""
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            raw = zlib.decompress(m.group(1))
        except zlib.error:
            raw = m.group(1)
        for s in re.findall(rb"\((.*?)(?<!\\)\)\s*Tj", raw, re.S):
            out.append(s.replace(rb"\(", b"(").replace(rb"\)", b")").replace(rb"\\", b"\\").decode("cp1252", "replace"))
    return "\n".join(out)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    return re.sub(r"<[^>]+>", " ", xml.replace("<w:br/>", "\n"))


def all_text(msg):
    """Every piece of text a reader could see: text parts, attached letters, forwarded messages."""
    chunks = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct.startswith("text/"):
            raw = part.get_payload(decode=True) or b""
            cs = part.get_content_charset()
            if cs is None:
                # undeclared charset: what a careful reader (or charset sniffer) would try
                for guess in ("utf-8", "windows-1256", "windows-1251", "gb18030", "latin-1"):
                    try:
                        chunks.append(raw.decode(guess))
                        break
                    except UnicodeDecodeError:
                        continue
            else:
                chunks.append(raw.decode({"iso-8859-1": "windows-1252"}.get(cs, cs), "replace"))
        elif ct == "application/pdf":
            chunks.append(pdf_text(part.get_payload(decode=True)))
        elif ct.endswith("wordprocessingml.document"):
            chunks.append(docx_text(part.get_payload(decode=True)))
    for k in ("Subject", "From"):
        if msg[k] is not None:
            chunks.append(str(msg[k]))
    return "\n".join(chunks)


def topmost_received(msg):
    rec = msg.get_all("Received") or []
    if not rec:
        return None, None
    top = str(rec[0])
    ts = top.rsplit(";", 1)[1].strip() if ";" in top else None
    return top, ts


def check(labels_path, msg_dir):
    emls = sorted(os.path.basename(p) for p in glob.glob(os.path.join(msg_dir, "*.eml")))
    with open(labels_path, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    labels = []
    for i, l in enumerate(lines, 1):
        try:
            labels.append(json.loads(l))
        except json.JSONDecodeError as e:
            bad(f"labels.jsonl line {i}: not JSON ({e})")
    if len(labels) != len(emls):
        bad(f"{len(labels)} labels for {len(emls)} .eml files")
    files = [l.get("file") for l in labels]
    if sorted(files) != emls:
        bad(f"label files != messages/: missing {sorted(set(emls) - set(files))}, extra {sorted(set(files) - set(emls))}")
    if len(set(files)) != len(files):
        bad("duplicate file in labels")
    by_mid = {}
    parsed = {}
    for l in labels:
        if list(l.keys()) != KEYS:
            bad(f"{l.get('file')}: keys {list(l.keys())} != {KEYS}")
        by_mid.setdefault(l["message_id"], []).append(l)
    for mid, ls in by_mid.items():
        if len(ls) > 1:
            bad(f"duplicate message_id {mid}")
    for l in labels:
        fn = l["file"]
        path = os.path.join(msg_dir, fn)
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
            _ = [str(v) for v in msg.values()]
            for part in msg.walk():
                if not part.is_multipart() and part.get_content_maintype() == "text":
                    part.get_content()
        except Exception as e:  # noqa: BLE001
            bad(f"{fn}: does not parse ({e!r})")
            continue
        parsed[fn] = msg
        # Message-ID
        hdr_mid = msg.get("Message-ID")
        if hdr_mid is None or str(hdr_mid).strip() != l["message_id"]:
            bad(f"{fn}: Message-ID header {hdr_mid!r} != label {l['message_id']!r}")
        # Date header: missing / broken are allowed but reported
        if msg["Date"] is None:
            notes.append(f"{fn}: no Date header (received_at from Received)")
        else:
            try:
                d = msg["Date"].datetime
            except Exception:  # noqa: BLE001
                d = None
            if d is None:
                notes.append(f"{fn}: malformed Date header {str(msg['Date'])!r} (still parses as a message)")
        # topmost Received
        top, ts = topmost_received(msg)
        if top is None or "by mx.itu.int" not in top:
            bad(f"{fn}: topmost Received is not from mx.itu.int")
        try:
            rdt = parsedate_to_datetime(re.sub(r"\s*\([^)]*\)\s*$", "", ts))
        except Exception:  # noqa: BLE001
            rdt = None
            bad(f"{fn}: cannot parse topmost Received timestamp {ts!r}")
        try:
            lrt = dt.datetime.fromisoformat(l["received_at"])
            if lrt.tzinfo is None:
                bad(f"{fn}: received_at has no offset")
        except (TypeError, ValueError):
            lrt = None
            bad(f"{fn}: received_at {l['received_at']!r} is not ISO 8601")
        if rdt and lrt and rdt != lrt:
            bad(f"{fn}: received_at {l['received_at']} != topmost Received {rdt.isoformat()}")
        # enumerations
        if l["kind"] not in KINDS:
            bad(f"{fn}: kind {l['kind']!r}")
        if l["language"] not in ISO639_1:
            bad(f"{fn}: language {l['language']!r} is not ISO 639-1")
        if l["member_state"] is not None and l["member_state"] not in ISO3166_A3:
            bad(f"{fn}: member_state {l['member_state']!r} is not ISO 3166-1 alpha-3")
        if l["kind"] in {"auto_reply", "bounce"} and l["member_state"] is not None:
            bad(f"{fn}: {l['kind']} with a member_state")
        # sessions
        ss = l["sessions"]
        if not isinstance(ss, list) or any(s not in SESSIONS for s in ss) or len(set(ss)) != len(ss):
            bad(f"{fn}: sessions {ss!r}")
        elif ss != [s for s in SESSIONS if s in ss]:
            bad(f"{fn}: sessions not in canonical order {ss!r}")
        if l["kind"] in NO_SESSION_KINDS and ss:
            bad(f"{fn}: {l['kind']} with sessions {ss}")
        if l["kind"] in {"nomination", "correction", "interest_only"} and not ss:
            bad(f"{fn}: {l['kind']} without sessions")
        # delegates
        dl = l["delegates"]
        if l["kind"] in {"nomination", "correction"}:
            if not dl:
                bad(f"{fn}: {l['kind']} without delegates")
        elif dl:
            bad(f"{fn}: {l['kind']} with delegates")
        for d in dl:
            if list(d.keys()) != ["name", "aliases", "title", "email"]:
                bad(f"{fn}: delegate keys {list(d.keys())}")
                continue
            if not isinstance(d["name"], str) or not d["name"].strip():
                bad(f"{fn}: empty delegate name")
            if not isinstance(d["aliases"], list) or not all(isinstance(a, str) for a in d["aliases"]):
                bad(f"{fn}: aliases must be a list of strings")
            for k in ("title", "email"):
                if d[k] is not None and not isinstance(d[k], str):
                    bad(f"{fn}: delegate {k} must be string or null")
            if d["email"] is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", d["email"]):
                bad(f"{fn}: delegate email {d['email']!r}")
            for h in HONORIFIC_PREFIXES:
                if d["name"].startswith(h + " ") or d["name"].startswith(h + "/") or d["name"] == h:
                    bad(f"{fn}: delegate name keeps honorific {h!r}: {d['name']}")
            for h in HONORIFIC_SUFFIXES:
                if d["name"].endswith(h):
                    bad(f"{fn}: delegate name keeps honorific {h!r}: {d['name']}")
        # late
        if l["kind"] in LATE_KINDS:
            if lrt is not None and l["late"] != (lrt > DEADLINE):
                bad(f"{fn}: late={l['late']} but received_at {l['received_at']}")
        elif l["late"] is not None:
            bad(f"{fn}: late must be null for {l['kind']}")
        # supersedes
        if l["kind"] == "correction":
            tgt = by_mid.get(l["supersedes"])
            if not tgt:
                bad(f"{fn}: supersedes {l['supersedes']!r} is not a message in the corpus")
            else:
                t = tgt[0]
                if t["member_state"] != l["member_state"]:
                    bad(f"{fn}: supersedes a message of another member state")
                if dt.datetime.fromisoformat(t["received_at"]) >= dt.datetime.fromisoformat(l["received_at"]):
                    bad(f"{fn}: supersedes a later message")
        elif l["supersedes"] is not None:
            bad(f"{fn}: supersedes must be null for {l['kind']}")
    # every delegate name (or an alias) is visible in its message (or, for corrections, in the corrected one)
    for l in labels:
        fn = l["file"]
        if fn not in parsed:
            continue
        txt = fold(all_text(parsed[fn]))
        if l["kind"] == "correction" and l["supersedes"] in by_mid:
            prev = by_mid[l["supersedes"]][0]["file"]
            if prev in parsed:
                txt += "\n" + fold(all_text(parsed[prev]))
        for d in l["delegates"]:
            forms = [d["name"]] + d["aliases"]
            if not any(fold(f) in txt for f in forms):
                bad(f"{fn}: delegate {d['name']!r} not found in the message text")
    return labels


def rerun_identical():
    """Regenerate into a temporary copy and compare every output byte."""
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(os.path.join(HERE, "make_corpus.py"), tmp)
        r = subprocess.run([sys.executable, os.path.join(tmp, "make_corpus.py")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"re-run failed: {r.stderr[-500:]}")
            return
        outs = ["labels.jsonl", "README.md"] + [os.path.join("messages", os.path.basename(p))
                                                for p in glob.glob(os.path.join(HERE, "messages", "*.eml"))]
        for rel in outs:
            a = os.path.join(HERE, rel)
            b = os.path.join(tmp, rel)
            if not os.path.exists(b):
                bad(f"re-run did not produce {rel}")
            elif hashlib.sha256(open(a, "rb").read()).digest() != hashlib.sha256(open(b, "rb").read()).digest():
                bad(f"re-run produced a different {rel}")
        extra = set(os.listdir(os.path.join(tmp, "messages"))) - set(os.listdir(os.path.join(HERE, "messages")))
        if extra:
            bad(f"re-run produced extra files {sorted(extra)}")


def main():
    labels = check(os.path.join(HERE, "labels.jsonl"), os.path.join(HERE, "messages"))
    if "--no-rerun" not in sys.argv:
        rerun_identical()
    for n in notes:
        print("note:", n)
    for p in problems:
        print("PROBLEM:", p)
    kinds = {}
    for l in labels:
        kinds[l["kind"]] = kinds.get(l["kind"], 0) + 1
    print(f"{len(labels)} labels checked; kinds {dict(sorted(kinds.items()))}; {len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
