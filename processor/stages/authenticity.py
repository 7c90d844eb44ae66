"""Sender authenticity: SPF, DKIM and DMARC as our own mail server reported them, and whether the sender's
domain belongs to the Member State a reply speaks for.

Anyone can write "From: minister@gov.example"; only the Authentication-Results headers (RFC 8601) that our
own server added say whether that is true, so headers naming any other server are ignored. `assess` is pure;
`verify_dkim` is the one function here that does I/O (DNS), and only when trust.dkim_verify is on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import authres

from processor.config import TrustConfig
from processor.domain.kinds import SPEAKS_FOR_STATE
from processor.domain.model import Authenticity, AuthResult, Extraction, ParsedMail
from processor.stages.extract.member_state import domains_for, is_generic_provider
from rules import Rules

METHODS = ("spf", "dkim", "dmarc")


def domain_of(address: str) -> str:
    """The domain of an address, or "" when it has none (a From header with only a display name)."""
    local, at, domain = address.rpartition("@")
    return domain.strip().strip(".").lower() if at and local else ""


def _bare_domain(value: str) -> str:
    """header.d and header.from give a domain, smtp.mailfrom an address or a domain."""
    return value.rpartition("@")[2].strip().strip(".").lower()


def aligned(domain: str, from_domain: str) -> bool:
    """Relaxed alignment (RFC 7489): the same domain, or one a subdomain of the other."""
    domain, from_domain = domain.lower().strip("."), from_domain.lower().strip(".")
    return bool(domain and from_domain) and (domain == from_domain or domain.endswith("." + from_domain)
                                             or from_domain.endswith("." + domain))


def _domain_from(result: Any) -> str:
    """The domain a result is about: header.from for DMARC, header.d for DKIM, smtp.mailfrom for SPF."""
    wanted = {"dmarc": ("header", "from"), "dkim": ("header", "d"), "spf": ("smtp", "mailfrom")}.get(result.method)
    for prop in result.properties:
        if (prop.type, prop.name) == wanted and prop.value:
            return _bare_domain(str(prop.value))
    if result.method == "spf":  # no envelope sender (bounces): SPF checked the HELO name
        for prop in result.properties:
            if (prop.type, prop.name) == ("smtp", "helo") and prop.value:
                return _bare_domain(str(prop.value))
    return ""


def trusted_results(parsed: ParsedMail, authserv_id: str | None) -> tuple[tuple[AuthResult, ...], int]:
    """Results from the Authentication-Results headers our server added, and how many headers were ignored.

    Only headers whose authserv-id is ours count. Our server adds its headers on top, so for each method
    the topmost result wins: a sender who writes a header with our name into the message is overruled.
    """
    found: dict[str, AuthResult] = {}
    ignored = 0
    wanted = (authserv_id or "").strip().lower()
    for value in parsed.headers.get("authentication-results", ()):
        try:
            header = authres.AuthenticationResultsHeader.parse_value(value)
        except Exception:  # authres raises its own SyntaxError and others on junk: an unreadable header counts for nothing
            ignored += 1
            continue
        if not wanted or str(header.authserv_id).strip().lower() != wanted:
            ignored += 1
            continue
        for result in header.results:
            method = str(result.method).lower()
            if method in METHODS and method not in found:
                found[method] = AuthResult(method, str(result.result).lower(), _domain_from(result), wanted)
    return tuple(found[m] for m in METHODS if m in found), ignored


def verify_dkim(data: bytes, dnsfunc: Callable[..., bytes | None] | None = None,
                timeout: float = 5.0) -> tuple[AuthResult, ...]:
    """Check every DKIM-Signature of the raw message with dkimpy; DNS is asked through `dnsfunc` (dkimpy's
    resolver when None). One result per signature, 'pass' or 'fail'."""
    import dkim

    count = sum(1 for line in data.split(b"\n\n", 1)[0].split(b"\n") if line.lower().startswith(b"dkim-signature:"))
    results: list[AuthResult] = []
    for index in range(count):
        checker = dkim.DKIM(data, timeout=timeout)
        try:
            ok = bool(checker.verify(idx=index, dnsfunc=dnsfunc) if dnsfunc else checker.verify(idx=index))
        except Exception:  # dkimpy raises on malformed signatures and DNS failures alike
            ok = False
        domain = checker.domain.decode("ascii", "replace").lower() if checker.domain else ""
        results.append(AuthResult("dkim", "pass" if ok else "fail", domain, "nomproc"))
    return tuple(results)


def _sender_verdict(from_domain: str, results: tuple[AuthResult, ...], authserv_id: str | None
                    ) -> tuple[bool, list[str]]:
    """Authenticated when DMARC passed, or DKIM or SPF passed for a domain aligned with From."""
    by = authserv_id or "our DKIM check"
    dmarc = [r for r in results if r.method == "dmarc"]
    if dmarc and dmarc[0].result == "fail":
        return False, [f"DMARC failed for the From domain {dmarc[0].domain or from_domain} (reported by {by}): "
                       "the sender address may be forged"]
    if dmarc and dmarc[0].result == "pass":
        return True, []
    if any(r.result == "pass" and r.method in ("dkim", "spf") and aligned(r.domain, from_domain) for r in results):
        return True, []
    summary = ", ".join(f"{r.method}={r.result}" + (f" ({r.domain})" if r.domain else "") for r in results)
    if not results:
        return False, [f"sender not authenticated: no Authentication-Results from {by} on this message"]
    return False, [f"sender not authenticated: no DMARC pass and no SPF or DKIM pass for {from_domain} ({summary})"]


def _domain_verdict(from_domain: str, state: str, rules: Rules) -> tuple[list[str], list[str]]:
    """Review reasons and flags for a sender domain against the Member State the reply speaks for."""
    known = list(domains_for(rules, state))
    if any(from_domain == d or from_domain.endswith("." + d) for d in (k.lower().strip(".") for k in known)):
        return [], []
    if not known:
        return [], [f"no mail domains are known for {state}: sender domain {from_domain} not checked"]
    shown = ", ".join(known[:5]) + (", …" if len(known) > 5 else "")
    return [f"sender domain {from_domain} is not a known domain of {state} ({shown})"], []


def assess(parsed: ParsedMail, extraction: Extraction, trust: TrustConfig, rules: Rules,
           verified: tuple[AuthResult, ...] = ()) -> Authenticity:
    """Authenticity of one analysed message: results, review reasons (for replies that speak for a Member
    State; for other kinds they are only flags) and flags."""
    from_domain = domain_of(parsed.from_address)
    results, ignored = trusted_results(parsed, trust.authserv_id)
    results = results + verified
    checked = bool(trust.authserv_id) or bool(verified) or trust.dkim_verify
    generic = bool(from_domain) and is_generic_provider(from_domain, rules)
    reasons: list[str] = []
    flags: list[str] = []
    if not from_domain:
        authenticated = False
        reasons.append("the message has no usable From address")
    elif checked:
        authenticated, reasons = _sender_verdict(from_domain, results, trust.authserv_id)
    else:
        authenticated = False
        flags.append("sender authentication not checked (trust.authserv_id is not set)")
    if generic:
        flags.append(f"sent from a generic mail provider ({from_domain})")
    elif from_domain and extraction.member_state:
        domain_reasons, domain_flags = _domain_verdict(from_domain, extraction.member_state, rules)
        reasons += domain_reasons
        flags += domain_flags
    if extraction.kind not in SPEAKS_FOR_STATE:
        flags += reasons
        reasons = []
    return Authenticity(from_domain=from_domain, checked=checked, authenticated=authenticated, results=results,
                        ignored=ignored, generic_provider=generic, review_reasons=tuple(reasons), flags=tuple(flags))
