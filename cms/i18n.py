"""Helpers for small reference data stored with one column per language (kk, ru, en).

Legal acts, skills and topics are facts shared by every language version of a page, so they are
one row with three name columns rather than three translated rows (docs/decisions/0002).
"""

from django.conf import settings
from django.utils.translation import get_language

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def current_language():
    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    return language if language in LANGUAGE_CODES else settings.LANGUAGE_CODE


def pick(obj, field, language=None):
    """The value of ``<field>_<language>``, falling back to Kazakh, then any language."""
    language = language or current_language()
    value = getattr(obj, f"{field}_{language}", "")
    if value:
        return value
    for code in [settings.LANGUAGE_CODE, *LANGUAGE_CODES]:
        value = getattr(obj, f"{field}_{code}", "")
        if value:
            return value
    return ""
