"""Generate rules/member_states.yaml: names of every ITU Member State in the working languages, adjectives, domains.

Names come from pycountry and its gettext translations, cleaned ("Korea, Republic of" -> "Republic of Korea" and
"Korea"); common short forms and each state's own name in its own language (rules/tools/extra_names.tsv) and
adjectives (rules/tools/demonyms.tsv) are kept here as tables. A name two states share ("Congo", "Korea") is dropped
from both: it would decide nothing. Run `python rules/tools/make_member_states.py` and review the diff; hand edits
belong in the tables so they survive.
"""

from __future__ import annotations

import gettext
import os
import re
import sys
import unicodedata
from pathlib import Path

import pycountry
import yaml

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent.parent
OUTPUT = TOOLS.parent / "member_states.yaml"  # also the list of Member States: which codes, names shown, since when
KEPT = ("name", "itu_member_since")  # written by hand in OUTPUT, never regenerated
LOCALES = {"fr": "fr", "es": "es", "ru": "ru", "ar": "ar", "zh": "zh_CN", "de": "de", "pt": "pt"}
LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh", "de", "pt")
ADJECTIVE_LANGUAGES = ("en", "fr", "es", "ru", "ar")
SCRIPT_OF = {"ru": re.compile(r"[\u0400-\u04ff]"), "ar": re.compile(r"[\u0600-\u06ff]"),
             "zh": re.compile(r"[\u4e00-\u9fff]")}
ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")  # tashkeel and tatweel: spelling varies, meaning does not
# Names that are also common words or other places: "того" (of that), "中非" (China-Africa), "عمان" (Amman),
# "Granada" (the Spanish city). The longer official names stay.
COMMON_WORDS = {"ru": {"Того"}, "zh": {"中非"}, "ar": {"عمان"}, "es": {"Granada"}, "pt": {"Granada"}}
# ccTLDs that differ from the alpha-2 code.
EXTRA_CCTLDS = {"GBR": ["uk"]}
# Government mail under generic TLDs or national domains worth naming (general knowledge; a secretariat officer
# adds more). Any subdomain matches.
DOMAINS = {
    "USA": ["gov", "mil", "state.gov"],
    "GBR": ["gov.uk"],
    "FRA": ["gouv.fr"],
    "CHE": ["admin.ch"],
    "DEU": ["bund.de", "diplo.de"],
    "AUT": ["gv.at"],
    "CAN": ["gc.ca", "canada.ca"],
    "AUS": ["gov.au"],
    "NZL": ["govt.nz"],
    "ITA": ["esteri.it", "gov.it"],
    "ESP": ["gob.es"],
    "MEX": ["gob.mx"],
    "JPN": ["go.jp"],
    "CHN": ["gov.cn"],
    "RUS": ["gov.ru", "mid.ru"],
    "BRA": ["gov.br"],
    "IND": ["gov.in", "nic.in"],
}


def _clean(name: str, language: str) -> list[str]:
    """Usable forms of one pycountry name: inverted "X, Republic of" both ways, parentheses split off."""
    name = ARABIC_MARKS.sub("", unicodedata.normalize("NFC", name)).strip()
    forms: list[str] = []
    inner = re.search(r"\(([^)]*)\)", name)
    if inner:
        forms.append(inner.group(1).strip())
        name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    head, comma, tail = re.split(r"([,،])\s*", name, maxsplit=1) if re.search(r"[,،]", name) else (name, "", "")
    if comma:
        tail = tail.strip()
        forms.append(head.strip())
        if language in ("en", "fr", "es", "pt", "de") and re.search(r"\b(of|de|d'|du|del|do|da)$", tail, re.I):
            glue = "" if tail.endswith("'") else " "
            forms.append(f"{tail}{glue}{head.strip()}")
        elif language == "ar":
            forms.append(tail)
    else:
        forms.append(name)
    return [re.sub(r"^(?:the|The|L'|l')\s*", "", form).strip() for form in forms if form.strip()]


def _table(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def _split(cell: str) -> list[str]:
    return [] if cell.strip() == "-" else [part.strip() for part in cell.split(",") if part.strip()]


def build() -> list[dict]:
    current = {entry["alpha3"]: entry for entry in yaml.safe_load(OUTPUT.read_text(encoding="utf-8"))}
    codes = list(current)
    locales = os.path.join(os.path.dirname(pycountry.__file__), "locales")
    translate = {lang: gettext.translation("iso3166-1", locales, languages=[loc]).gettext for lang, loc in LOCALES.items()}
    extra: dict[tuple[str, str], list[str]] = {}
    for code, lang, cell in _table(TOOLS / "extra_names.tsv"):
        extra.setdefault((code, lang), []).extend(_split(cell))
    adjectives = {row[0]: dict(zip(ADJECTIVE_LANGUAGES, (_split(c) for c in row[1:]), strict=True))
                  for row in _table(TOOLS / "demonyms.tsv")}
    entries = []
    for code in codes:
        country = pycountry.countries.get(alpha_3=code)
        if country is None:
            sys.exit(f"{OUTPUT}: {code} is not an ISO 3166-1 alpha-3 code")
        originals = [n for n in (getattr(country, "common_name", None), country.name,
                                 getattr(country, "official_name", None)) if n]
        names: dict[str, list[str]] = {}
        for lang in LANGUAGES:
            found: list[str] = []
            for original in originals:
                text = original if lang == "en" else translate[lang](original)
                if lang != "en" and text == original and lang in SCRIPT_OF:
                    continue  # untranslated: English in an Arabic list helps nobody
                found += [f for f in _clean(text, lang) if lang not in SCRIPT_OF or SCRIPT_OF[lang].search(f)]
            found += [ARABIC_MARKS.sub("", n) for n in extra.get((code, lang), [])]
            names[lang] = [n for n in dict.fromkeys(found) if n not in COMMON_WORDS.get(lang, ())]
        for (owner, lang), written in extra.items():  # a state's own name in its own language (Polska, Україна)
            if owner == code and lang not in LANGUAGES:
                names[lang] = list(dict.fromkeys(written))
        entry = {"alpha3": code, "alpha2": country.alpha_2, "cctld": [country.alpha_2.lower(), *EXTRA_CCTLDS.get(code, [])],
                 "name": names["en"][0], "names": {k: v for k, v in names.items() if v},
                 "adjectives": {k: v for k, v in adjectives.get(code, {}).items() if v},
                 "domains": DOMAINS.get(code, [])}
        entry |= {key: current[code][key] for key in KEPT if key in current[code]}
        entries.append(entry)
    _drop_shared(entries)
    return entries


def _drop_shared(entries: list[dict]) -> None:
    """Remove a name or adjective that two states share in one language: it cannot tell them apart."""
    owners: dict[tuple[str, str, str], set[str]] = {}
    for entry in entries:
        for field in ("names", "adjectives"):
            for lang, values in entry[field].items():
                for value in values:
                    owners.setdefault((field, lang, value.casefold()), set()).add(entry["alpha3"])
    for entry in entries:
        for field in ("names", "adjectives"):
            for lang in list(entry[field]):
                kept = [v for v in entry[field][lang] if len(owners[(field, lang, v.casefold())]) == 1]
                dropped = set(entry[field][lang]) - set(kept)
                if dropped:
                    print(f"{entry['alpha3']}: dropped shared {field} {sorted(dropped)} ({lang})", file=sys.stderr)
                if kept:
                    entry[field][lang] = kept
                else:
                    del entry[field][lang]


HEADER = """\
# The ITU Member States: how mail names them, for recognising on whose behalf a reply is sent.
# Generated by rules/tools/make_member_states.py (pycountry names + the tables beside it), then hand-tuned:
# add a name, adjective or domain to the entry and it is recognised on the next run (`nomproc reprocess`).
#   alpha3       ISO 3166-1 alpha-3 code, the value stored for a reply
#   cctld        country-code top-level domains: a sender at *.eg speaks for Egypt
#   name         English short name, shown in the review pages and reports: one of its own (not "Congo" twice)
#   itu_member_since  the date it became an ITU Member State, for accessions since 2011 (South Sudan 2011-10-03,
#                the Republic of Palau 2024-09-19, ITU's 194th); a state without it was a Member State before 2011.
#                A call goes to the states that were Member States on its date (call.date, else its deadline):
#                193 for CI-19/35 in 2019. Add a state that joins with its date; the list is this file, nothing else.
#   names        official and short names per language (matched with or without article, case and accents)
#   adjectives   demonyms/adjectives per language, masculine singular ("mexicano" also finds "mexicana(s)")
#   domains      government mail domains outside the ccTLD, or worth naming; any subdomain matches
"""


def main() -> None:
    entries = build()
    body = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=None)
    OUTPUT.write_text(HEADER + body, encoding="utf-8")
    print(f"{OUTPUT}: {len(entries)} Member States")


if __name__ == "__main__":
    main()
