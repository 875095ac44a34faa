"""Registry of personal-data exporters: each app adds what it stores about a person.

Used by "download my data" (Law No. 94-V: a person may learn what is held about them). An app
registers in its AppConfig.ready(): ``personal_data.register("courses", export_fn)`` where
export_fn(user) returns JSON-serialisable data.
"""

from django.utils import timezone

_exporters = {}


def register(section, exporter):
    _exporters[section] = exporter


def export_for(user):
    from wagtail.models import APIToken

    from .models import ConsentRecord

    data = {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "display_name": user.display_name,
            "preferred_language": user.preferred_language,
            "region": user.region,
            "settlement_type": user.settlement_type,
            "age_band": user.age_band,
            "gender": user.gender,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "consents": [
            {
                "purpose": c.purpose,
                "text_version": c.text_version,
                "granted": c.granted,
                "recorded_at": c.recorded_at.isoformat(),
            }
            for c in ConsentRecord.objects.filter(user=user)
        ],
        "api_tokens": [
            {"name": t.name, "created_at": t.created.isoformat(), "revoked": t.revoked_at is not None}
            for t in APIToken.objects.filter(user=user)
        ],
    }
    for section, exporter in sorted(_exporters.items()):
        data[section] = exporter(user)
    return data
