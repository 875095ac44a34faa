"""Versioned consent texts. Changing a text means adding a new version; old records keep theirs."""

from django.utils.translation import gettext_lazy as _

from .models import ConsentRecord

CONSENT_TEXTS = {
    ConsentRecord.Purpose.TERMS: {
        "version": "2026-11-01",
        "text": _(
            "I agree to the terms of use and allow Sauat to process my e-mail address, name and "
            "learning progress to provide the courses, as described in the privacy notice. I can "
            "download or delete my data at any time."
        ),
    },
    ConsentRecord.Purpose.DEMOGRAPHICS: {
        # 2026-12-04: age group and gender added to the list of data.
        "version": "2026-12-04",
        "text": _(
            "I allow Sauat to keep my region, whether I live in a city or a village, my age group "
            "and my gender, to compare learning results between groups in anonymous statistics. "
            "This is optional; I can withdraw it and the data is erased."
        ),
    },
}


def current_version(purpose):
    return CONSENT_TEXTS[purpose]["version"]


def record_consent(user, purpose, *, granted):
    """Store one consent decision against the current text version."""
    return ConsentRecord.objects.create(
        user=user, purpose=purpose, text_version=current_version(purpose), granted=granted
    )
