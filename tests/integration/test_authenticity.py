"""Sender authenticity: only our server's Authentication-Results count, DMARC failures and foreign domains go to
review with the reason, generic providers are flagged, and DKIM signatures verify with dkimpy."""

from __future__ import annotations

import pycountry
import pytest

from processor.config import TrustConfig
from processor.domain.kinds import SPEAKS_FOR_STATE
from processor.domain.model import Extraction, Kind, RawMail
from processor.services.runtime import Runtime
from processor.stages.authenticity import aligned, assess, trusted_results, verify_dkim
from processor.stages.extract.member_state import domains_for, is_generic_provider
from processor.stages.parse import parse
from rules import load_rules
from storage.db import session_scope
from storage.models import Message
from tests.support.mailfactory import build_message

OURS = "mx.itu.int"
TRUST = TrustConfig(authserv_id=OURS)
RULES = load_rules()


def _known_state() -> tuple[str, str]:
    """A Member State with known mail domains in the shipped rules, and one of its domains."""
    for country in pycountry.countries:
        domains = [d for d in domains_for(RULES, country.alpha_3) if "." in d]  # a listed domain, not a ccTLD
        if domains:
            return country.alpha_3, domains[0]
    pytest.skip("rules/member_states.yaml lists no mail domains")


def _parsed(sender: str, *results: str):
    """A parsed message whose Authentication-Results headers are `results`, topmost first."""
    data = build_message("We nominate Ms Jane Doe.", sender=sender)
    headers = b"".join(f"Authentication-Results: {r}\r\n".encode() for r in results)
    return parse(headers + data)


def _nomination(state: str | None = None) -> Extraction:
    return Extraction(kind=Kind.NOMINATION, member_state=state)


def test_a_forged_from_with_failing_dmarc_goes_to_review_with_that_reason() -> None:
    state, domain = _known_state()
    parsed = _parsed(f"Minister <minister@{domain}>",
                     f"{OURS}; spf=fail smtp.mailfrom=attacker.example; dkim=none; dmarc=fail header.from={domain}")
    result = assess(parsed, _nomination(state), TRUST, RULES)
    assert not result.authenticated
    assert len(result.review_reasons) == 1
    assert result.review_reasons[0].startswith(f"DMARC failed for the From domain {domain} (reported by {OURS})")


def test_dmarc_pass_from_our_server_authenticates_a_known_domain() -> None:
    state, domain = _known_state()
    parsed = _parsed(f"Minister <minister@{domain}>", f"{OURS}; dmarc=pass header.from={domain}")
    result = assess(parsed, _nomination(state), TRUST, RULES)
    assert result.authenticated and result.review_reasons == ()
    assert [(r.method, r.result, r.domain) for r in result.results] == [("dmarc", "pass", domain)]


def test_a_header_added_by_another_server_is_ignored() -> None:
    state, domain = _known_state()
    parsed = _parsed(f"Minister <minister@{domain}>", f"mx.attacker.example; spf=pass smtp.mailfrom={domain}; "
                     f"dkim=pass header.d={domain}; dmarc=pass header.from={domain}")
    result = assess(parsed, _nomination(state), TRUST, RULES)
    assert result.results == () and result.ignored == 1 and not result.authenticated
    assert result.review_reasons == (f"sender not authenticated: no Authentication-Results from {OURS} on this message",)


def test_our_topmost_result_overrules_a_header_the_sender_wrote_with_our_name() -> None:
    parsed = _parsed("a@gov.example", f"{OURS}; dmarc=fail header.from=gov.example",
                     f"{OURS}; dmarc=pass header.from=gov.example")
    results, ignored = trusted_results(parsed, OURS)
    assert [(r.method, r.result) for r in results] == [("dmarc", "fail")] and ignored == 0


def test_separate_headers_per_method_from_our_server_are_combined() -> None:
    parsed = _parsed("a@gov.example", f"{OURS}; spf=pass smtp.mailfrom=gov.example",
                     f"{OURS.upper()}; dkim=pass header.d=gov.example", "junk that is no header at all ;;; ===")
    results, ignored = trusted_results(parsed, OURS)
    assert {(r.method, r.result) for r in results} == {("spf", "pass"), ("dkim", "pass")} and ignored == 1


@pytest.mark.parametrize(("signer", "authenticated"), [("gov.example", True), ("mail.gov.example", True),
                                                       ("bulk-mailer.example", False)])
def test_dkim_or_spf_pass_counts_only_when_aligned_with_from(signer: str, authenticated: bool) -> None:
    parsed = _parsed("a@gov.example", f"{OURS}; dkim=pass header.d={signer}; dmarc=none header.from=gov.example")
    result = assess(parsed, _nomination(), TRUST, RULES)
    assert result.authenticated is authenticated
    assert bool(result.review_reasons) is not authenticated


def test_a_domain_that_is_not_the_claimed_member_states_goes_to_review() -> None:
    state, domain = _known_state()
    parsed = _parsed("Someone <someone@not-a-government.example>",
                     f"{OURS}; dmarc=pass header.from=not-a-government.example")
    result = assess(parsed, _nomination(state), TRUST, RULES)
    assert result.authenticated
    assert len(result.review_reasons) == 1
    assert result.review_reasons[0].startswith(f"sender domain not-a-government.example is not a known domain of {state}")
    assert domain in result.review_reasons[0]


def test_a_subdomain_of_a_known_domain_belongs_to_the_state() -> None:
    state, domain = _known_state()
    parsed = _parsed(f"x@mission.{domain}", f"{OURS}; dmarc=pass header.from=mission.{domain}")
    assert assess(parsed, _nomination(state), TRUST, RULES).review_reasons == ()


def test_generic_providers_are_allowed_but_flagged() -> None:
    state, _ = _known_state()
    assert is_generic_provider("gmail.com", RULES) and not is_generic_provider("itu.int", RULES)
    parsed = _parsed("Delegate <someone@gmail.com>", f"{OURS}; dmarc=pass header.from=gmail.com")
    result = assess(parsed, _nomination(state), TRUST, RULES)
    assert result.review_reasons == () and result.generic_provider
    assert "sent from a generic mail provider (gmail.com)" in result.flags


def test_replies_that_do_not_speak_for_a_state_get_flags_not_review() -> None:
    parsed = _parsed("mailer-daemon@relay.example", f"{OURS}; dmarc=fail header.from=relay.example")
    result = assess(parsed, Extraction(kind=Kind.BOUNCE), TRUST, RULES)
    assert result.review_reasons == () and any(f.startswith("DMARC failed") for f in result.flags)


def test_without_an_authserv_id_nothing_is_trusted_and_that_is_said() -> None:
    parsed = _parsed("a@gov.example", "mx.itu.int; dmarc=pass header.from=gov.example")
    result = assess(parsed, _nomination(), TrustConfig(), RULES)
    assert not result.checked and result.results == () and result.ignored == 1
    assert "sender authentication not checked (trust.authserv_id is not set)" in result.flags


def test_a_from_header_without_an_address_is_a_reason_for_review() -> None:
    parsed = parse(build_message("Nous confirmons.", sender="=?utf-8?q?Garc=C3=ADa=2C_Ana?="))
    result = assess(parsed, _nomination(), TRUST, RULES)
    assert result.from_domain == "" and not result.authenticated
    assert result.review_reasons == ("the message has no usable From address",)


def test_alignment_is_relaxed_but_not_a_suffix_match() -> None:
    assert aligned("mail.gov.example", "gov.example") and aligned("gov.example", "gov.example")
    assert not aligned("evilgov.example", "gov.example") and not aligned("", "gov.example")


def _signed(body: str, tamper: bool = False):
    """A message signed with a fresh RSA key, and a DNS lookup that serves the key's TXT record."""
    import base64

    import dkim
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    data = build_message(body, sender="Minister <minister@gov.example>", received=None)
    signature = dkim.sign(data, b"sel", b"gov.example", private, include_headers=[b"from", b"subject", b"to"])
    signed = signature + data
    if tamper:
        signed = signed.replace(b"Jane Doe", b"John Roe")
    record = b"v=DKIM1; k=rsa; p=" + base64.b64encode(public)

    def dns(name: bytes, timeout: float = 5) -> bytes | None:
        return record if name == b"sel._domainkey.gov.example." else None

    return signed, dns


def test_dkim_signatures_are_verified_with_dkimpy() -> None:
    signed, dns = _signed("We nominate Ms Jane Doe.")
    [good] = verify_dkim(signed, dns)
    assert (good.method, good.result, good.domain, good.by) == ("dkim", "pass", "gov.example", "nomproc")
    tampered, tampered_dns = _signed("We nominate Ms Jane Doe.", tamper=True)
    assert [r.result for r in verify_dkim(tampered, tampered_dns)] == ["fail"]
    assert [r.result for r in verify_dkim(signed, tampered_dns)] == ["fail"]  # a key that is not the signer's
    result = assess(parse(signed), _nomination(), TrustConfig(dkim_verify=True), RULES, verify_dkim(signed, dns))
    assert result.authenticated and result.checked


def test_the_pipeline_stores_results_and_sends_a_forged_reply_to_review(config) -> None:
    state, domain = _known_state()
    forged = build_message("On behalf of the Government, I have the honour to nominate Ms Jane Doe, Director, "
                           "as delegate to the consultation session in Budapest.",
                           sender=f"Minister <minister@{domain}>", subject="CI-19/35 nomination",
                           headers={"Authentication-Results": f"{OURS}; spf=fail smtp.mailfrom=attacker.example; "
                                                              f"dmarc=fail header.from={domain}"})
    runtime = Runtime(config.model_copy(update={"trust": TRUST}))
    try:
        outcome = runtime.pipeline.ingest(RawMail(data=forged, origin="test:forged"))
        with session_scope(runtime.engine) as session:
            message = session.get(Message, outcome.message_pk)
            assert message.auth["authenticated"] is False
            assert [r["method"] for r in message.auth["results"]] == ["spf", "dmarc"]
            assert message.kind in {k.value for k in SPEAKS_FOR_STATE}
            assert message.status == "needs_review"
            assert any(r.startswith(f"DMARC failed for the From domain {domain}") for r in message.review_reasons)
    finally:
        runtime.close()
