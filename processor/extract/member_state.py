"""TEMPORARY local stub written by the trust helper (not committed); the member-state helper's file replaces it."""

GENERIC = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "bluewin.ch", "yandex.ru", "mail.ru", "qq.com", "163.com"}


def domains_for(rules, alpha3):
    for state in rules.member_states:
        if state.get("alpha3") == alpha3:
            return tuple(state.get("domains", ()))
    return ()


def is_generic_provider(domain):
    return domain.lower() in GENERIC
