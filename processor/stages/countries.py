"""Member State names from ISO 3166 alpha-3 codes, in any of the six ITU languages (pycountry's translations)."""

from __future__ import annotations

import gettext
from functools import cache


@cache
def country_name(code: str | None, language: str = "en") -> str | None:
    """The country's short name in `language`, or None for an unknown code."""
    import pycountry

    country = pycountry.countries.get(alpha_3=code) if code else None
    if country is None:
        return None
    if language == "en":
        return getattr(country, "common_name", None) or country.name  # "Bolivia", not "Bolivia, Plurinational State of"
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
    return translation.gettext(country.name)
