"""Knowledge as data: per-language YAML, the Member States, the mail providers and the acknowledgements' wording,
with a small loader and checker. Everything is read from one rules folder (config `rules_dir`, default this one).

A secretariat officer extends the YAML files, never the Python: `nomproc rules check` says which file and
line is wrong before a changed rule reaches stored mail (`nomproc reprocess`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from rules.member_states import Providers

RULES_DIR = Path(__file__).resolve().parent
PROVIDERS = "mail_providers.yaml"
ACKNOWLEDGEMENTS = "acknowledgements"
# libyaml's loader when PyYAML was built with it: the Member States file loads in 0.2 s instead of 7
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Keys of a rules/languages/<code>.yaml file (every key is optional; all languages are tried on every message).
# Regular expressions (Python syntax, case- and accent-insensitive; plain words and phrases work as they are):
#   salutations          a greeting line at the top ("Dear", "Уважаемый"): names in it are the addressee
#   closings             a line that opens the signature ("Kind regards", "وتفضلوا"); signature_markers: "-- "
#   quote_markers        a line that starts a quoted reply ("On … wrote:"); forward_markers: a forwarded message
#   forward_subject_prefixes  "Fwd:", "TR:", "RV:": a header block under such a subject is a forward, not a quote
#   disclaimer_markers   a paragraph that is a legal disclaimer
#   attachment_pointers  "please find attached", "ci-joint", "مرفق": the attached letter is the reply
#   nomination_verbs     wording that introduces nominated people ("nominates", "designamos", "拟派")
#   participation_verbs  wording whose subject is a delegate ("X will attend", "X participará", "X примет участие")
#   self_nomination      the signer nominates themself ("I will attend … myself", "приму участие лично я")
#   withdrawn            a person named before it in the clause is not coming ("is unable to", "no podrá")
#   replaced             a person named just after it is replaced ("instead of", "بدلاً من", "原定")
#   replaced_before      a person named just before it is replaced, in languages that put it after the name
#                        ("X'ın yerine", "X helyett", "X 대신", "X के स्थान पर")
#   contact_markers      a person named after it is only a contact ("please contact")
#   focal_point          a person in the same sentence is a focal point, not a delegate, unless the sentence also has
#                        participation wording ("Ms X has been designated as the focal point", "punto focal")
#   logistics            a person in the same sentence handles the delegation's travel, visa or paperwork ("Mme X
#                        assurera le suivi administratif"): no delegate unless the sentence nominates or has
#                        participation wording
#   authority_markers    a person named right after it is the authority the letter speaks for, not a delegate
#                        ("on the instructions of", "بناءً على توجيهات", "به دستور", "по поручению")
#   clause_breaks        conjunctions that start a new clause ("but", "mais", "但")
#   reason_markers       conjunctions that start a clause giving a reason ("because", "ya que", "car"): its subject is
#                        its own, never the person named before it
#   head_of_delegation, alternate   role markers; all_sessions, later_sessions: "all sessions", "future sessions"
#   sessions_in_year     "the sessions in 2020": every session of the call dated that year (the year in the match)
#   undecided            a session named in the same clause is not chosen yet ("will decide later", "may consider")
#   requests             a request put as a question ("could you kindly register", "pourriez-vous inscrire"): it
#                        asks nothing about the people it names
#   topic_markers        a clause naming its topic ("关于…，", "…については、"): the clause after it says what of it,
#                        so an undecided cue there holds for a session named in the topic
#   unchanged            a correction that leaves the rest of the earlier reply standing ("other details unchanged")
#   private_sender       the sender describes itself as a company, an association or a university ("we are a
#                        12-person IoT startup", "我会作为行业协会"): a country-code domain then names no state
#   private_bodies       words naming a university, an association, a foundation or an alliance ("Université",
#                        "Фонд", "大学", "协会"): in the signer's own lines, with no government body named there, as
#                        private_sender
#   kinds.<kind>         cue phrases for auto_reply, bounce, decline, inquiry, interest, correction, unrelated;
#                        kinds.withdrawal: the reply takes its earlier nomination back ("we withdraw our nomination",
#                        "retirer cette inscription"): with no one named in place, a decline
#                        kinds.receipt: a person acknowledging receipt of the circular ("we acknowledge receipt",
#                        "accusons réception"): with no other cue, an acknowledgement, recorded as an auto_reply
# Literal strings:
#   honorifics           taken off names and kept apart ("Mr", "السيد", "г-н"); honorific_suffixes: after (先生)
#   surnames             Chinese surnames; name_stop_words: words that end a name; patronymic_suffixes: Russian
#   patronymic_words     a word after the father's name that is part of the name ("Məmmədov Elvin Rauf oğlu",
#                        "Karimov Jasur Baxtiyor o‘g‘li"): it closes the name
#   labels.<field>       "Name:", "ФИО:", "الاسم" lines and table headers for name, alias, title, email; a name given
#                        in parts: surname ("Фамилия", "Nom de famille"), given_name ("Prénom"), patronymic
#   case_endings         endings a patronymic takes in other grammatical cases ("Викторовну", "Болатовича")
#   title_words          capitalised words that open a job title and so end a name ("Peter Otieno Director …")
#   name_joiners         words joining two names of a list ("and", "et", "и"): "X, Director, and Y, Adviser"; every
#                        language's are tried on every text, so a word that means something else elsewhere ("en",
#                        "a", "i", "na") is left out
#   institution_words    words that make capitalised words an institution's name, not a person's ("Kementerian",
#                        "Bakanlığı", "Ministerstwo"), matched at a word's start so that case endings may follow
#   company_forms        a company's legal form ("Kft.", "GmbH", "有限公司") in the sender's name or signature: as
#                        private_sender
#   respectively         a word saying a list's items pair up in order ("respectively", "على التوالي", "分别"): "their
#                        addresses are a@… and b@… respectively" gives each listed delegate one
#   subject_openers      the word opening a clause whose subject may be a delegate ("that", "que", "dass"): "we
#                        confirm that Tom Hartley, Head of Policy, will attend"
#   header_labels.from/other   the labels of a quoted header block ("From:", "De :", "发件人：")
REGEX_KEYS = (
    "salutations", "closings", "signature_markers", "quote_markers", "forward_markers", "forward_subject_prefixes",
    "disclaimer_markers", "attachment_pointers", "nomination_verbs", "participation_verbs", "self_nomination",
    "withdrawn", "replaced", "replaced_before", "contact_markers", "focal_point", "logistics",
    "authority_markers",
    "clause_breaks", "reason_markers",
    "head_of_delegation", "alternate",
    "all_sessions", "later_sessions", "sessions_in_year", "undecided", "topic_markers", "requests",
    "unchanged", "private_sender", "private_bodies",
)
LITERAL_KEYS = ("honorifics", "honorific_suffixes", "surnames", "name_stop_words", "patronymic_suffixes",
                "patronymic_words", "case_endings", "title_words", "name_joiners", "institution_words", "subject_openers",
                "company_forms", "respectively")
KIND_KEYS = ("auto_reply", "bounce", "decline", "inquiry", "interest", "correction", "withdrawal", "unrelated",
             "receipt")
LABEL_KEYS = ("name", "surname", "given_name", "patronymic", "alias", "title", "email")
HEADER_KEYS = ("from", "other")
# a two-letter honorific is matched in the case it is written ("Mr", not "mr"), so "Bà" and "bà" are two entries
CASED_KEYS = ("honorifics",)


class RulesError(Exception):
    """A rule file that cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class Rules:
    """All rule files, loaded: per-language tables, the Member States, the mail providers and the
    acknowledgements' wording (by language)."""

    languages: dict[str, dict[str, Any]] = field(default_factory=dict)
    member_states: list[dict[str, Any]] = field(default_factory=list)
    version: str = ""
    mail_providers: dict[str, Any] = field(default_factory=dict)
    acknowledgements: dict[str, dict[str, str]] = field(default_factory=dict)

    @cached_property
    def providers(self) -> Providers:
        """mail_providers.yaml as values: the free-mail domains and how government domains look."""
        return Providers.of(self.mail_providers)

    def merged(self, key: str, sub: str | None = None) -> list[str]:
        """One key's entries from every language, in file order without repeats (mail mixes languages)."""
        seen: dict[str, None] = {}
        for table in self.languages.values():
            value = table.get(key) if isinstance(table, dict) else None
            if sub is not None:
                value = value.get(sub) if isinstance(value, dict) else None
            for item in value or []:
                seen.setdefault(str(item), None)
        return list(seen)


def _load_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise RulesError(f"{where}: {exc.problem}") from None


def load_rules(rules_dir: Path | None = None) -> Rules:
    """Load every rule file; the version is a hash of their bytes, recorded with each extraction.

    A missing member_states.yaml, mail_providers.yaml or acknowledgements folder loads as empty (a folder of
    language files alone is a valid rules folder); `check_rules` checks the files that are there.
    """
    root = Path(rules_dir) if rules_dir else RULES_DIR
    digest = hashlib.sha256()
    languages: dict[str, dict[str, Any]] = {}
    for path in sorted((root / "languages").glob("*.yaml")):
        digest.update(path.read_bytes())
        languages[path.stem] = _load_yaml(path) or {}
    states_path = root / "member_states.yaml"
    states: list[dict[str, Any]] = []
    if states_path.exists():
        digest.update(states_path.read_bytes())
        states = _load_yaml(states_path) or []
    providers: dict[str, Any] = {}
    if (providers_path := root / PROVIDERS).exists():
        digest.update(f"\0{PROVIDERS}\0".encode() + providers_path.read_bytes())
        providers = _load_yaml(providers_path) or {}
    acknowledgements: dict[str, dict[str, str]] = {}
    for path in sorted((root / ACKNOWLEDGEMENTS).glob("*.yaml")):
        digest.update(f"\0{ACKNOWLEDGEMENTS}/{path.name}\0".encode() + path.read_bytes())
        acknowledgements[path.stem] = _load_yaml(path) or {}
    return Rules(languages=languages, member_states=states, version=digest.hexdigest()[:12],
                 mail_providers=providers, acknowledgements=acknowledgements)


def _check_list(path: Path, key: str, node: yaml.Node, regex: bool) -> list[str]:
    """Problems in one list of strings: wrong type, bad regular expression, duplicate entry."""
    where = f"{path}:{node.start_mark.line + 1}"
    if not isinstance(node, yaml.SequenceNode):
        return [f"{where}: {key} must be a list"]
    problems: list[str] = []
    seen: dict[str, int] = {}
    for item in node.value:
        line = item.start_mark.line + 1
        if not isinstance(item, yaml.ScalarNode) or item.tag == "tag:yaml.org,2002:null" or not str(item.value).strip():
            problems.append(f"{path}:{line}: {key}: each entry must be a non-empty string")
            continue
        text = str(item.value)
        if regex:
            try:
                re.compile(text, re.IGNORECASE)
            except re.error as exc:
                problems.append(f"{path}:{line}: {key}: bad regular expression {text!r}: {exc}")
        folded = text if key in CASED_KEYS else text.casefold()
        if folded in seen:
            problems.append(f"{path}:{line}: {key}: duplicate entry {text!r} (first on line {seen[folded]})")
        else:
            seen[folded] = line
    return problems


def _check_mapping(path: Path, key: str, node: yaml.Node, allowed: tuple[str, ...], regex: bool) -> list[str]:
    if not isinstance(node, yaml.MappingNode):
        return [f"{path}:{node.start_mark.line + 1}: {key} must be a mapping of {', '.join(allowed)}"]
    problems: list[str] = []
    for sub_key, sub_node in node.value:
        name = str(sub_key.value)
        if name not in allowed:
            problems.append(f"{path}:{sub_key.start_mark.line + 1}: {key}: unknown key {name!r} "
                            f"(known: {', '.join(allowed)})")
        else:
            problems.extend(_check_list(path, f"{key}.{name}", sub_node, regex))
    return problems


def check_language_file(path: Path) -> list[str]:
    """Problems in one rules/languages/<code>.yaml file, each as 'file:line: what is wrong'."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise RulesError(f"{path}:{mark.line + 1 if mark else 1}: {exc.problem}") from None
    if root is None:
        return []
    if not isinstance(root, yaml.MappingNode):
        return [f"{path}:{root.start_mark.line + 1}: the top level must be a mapping of keys"]
    problems: list[str] = []
    seen_keys: set[str] = set()
    for key_node, value in root.value:
        key = str(key_node.value)
        line = key_node.start_mark.line + 1
        if key in seen_keys:
            problems.append(f"{path}:{line}: duplicate key {key!r}")
        seen_keys.add(key)
        if key in REGEX_KEYS:
            problems.extend(_check_list(path, key, value, regex=True))
        elif key in LITERAL_KEYS:
            problems.extend(_check_list(path, key, value, regex=False))
        elif key == "kinds":
            problems.extend(_check_mapping(path, key, value, KIND_KEYS, regex=True))
        elif key == "labels":
            problems.extend(_check_mapping(path, key, value, LABEL_KEYS, regex=False))
        elif key == "header_labels":
            problems.extend(_check_mapping(path, key, value, HEADER_KEYS, regex=False))
        else:
            known = ", ".join((*REGEX_KEYS, *LITERAL_KEYS, "kinds", "labels", "header_labels"))
            problems.append(f"{path}:{line}: unknown key {key!r} (known: {known})")
    return problems


def check_rules(rules_dir: Path | None = None) -> list[str]:
    """Problems in the rule files, each naming its file and line; an unreadable file raises RulesError."""
    root = Path(rules_dir) if rules_dir else RULES_DIR
    folder = root / "languages"
    if not folder.is_dir():
        raise RulesError(f"{folder}: no such folder of language rules")
    problems: list[str] = []
    for path in sorted(folder.glob("*.yaml")):
        problems.extend(check_language_file(path))
    states_path = root / "member_states.yaml"
    if states_path.exists():
        from rules.member_states import check_member_states

        _load_yaml(states_path)  # a syntax error raises RulesError with its line
        problems.extend(check_member_states(states_path))
    if (providers_path := root / PROVIDERS).exists():
        from rules.member_states import check_providers

        _load_yaml(providers_path)
        problems.extend(check_providers(providers_path))
    if (acknowledgements := root / ACKNOWLEDGEMENTS).is_dir():
        from rules.acknowledgements import check_acknowledgements

        for path in sorted(acknowledgements.glob("*.yaml")):
            _load_yaml(path)
        problems.extend(check_acknowledgements(acknowledgements))
    return problems
