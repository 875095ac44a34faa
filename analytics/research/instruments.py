"""The instruments exactly as administered: JSON, and a PDF per language (pure functions).

The JSON holds every question version that anyone in the package answered, with its options and
their codes, the answer key of graded items, the legal source, and which parallel form it was on.
"""

from weasyprint import HTML

from django.template.loader import render_to_string
from django.utils import translation

from certificates.pdf import PackagedAssetFetcher, packaged_fonts
from cms.i18n import LANGUAGE_CODES


def instrument_document(info, version, entries, source, administered):
    """The JSON-ready description of one instrument; ``administered``: its distinct (form, version id) pairs."""
    forms = {}
    seen = set()
    for form, version_id in administered:
        seen.add(version_id)
        forms.setdefault(form or "-", set()).add(source.versions[version_id]["content"]["key"])
    by_item = {entry.item_id: entry for entry in entries.values()}
    questions = []
    for version_id in sorted(
        seen, key=lambda pk: (source.versions[pk]["content"]["key"], source.versions[pk]["number"])
    ):
        stored = source.versions[version_id]
        entry = by_item.get(stored["item_id"])
        if entry is None:
            continue  # not exported (not chosen, free text left out, or removed for anonymity)
        content = stored["content"]
        questions.append(
            {
                "key": content["key"],
                "variable": entry.variable,
                "version": stored["number"],
                "kind": content["kind"],
                "stem": content["stem"],
                "scenario": content.get("scenario"),
                "options": [
                    {
                        "code": entry.codes.get(option["key"]),
                        "text": option["text"],
                        **({"match": option["match"]} if content["kind"] == "matching" else {}),
                        **({"correct": option["correct"]} if entry.graded else {}),
                    }
                    for option in content.get("options", [])
                ],
                "survey": content.get("survey") if not entry.graded else None,
                "legal_source": entry.legal_source,
                "article": content.get("article"),
                "skills": content.get("skills", []),
            }
        )
    return {
        "instrument": info["slug"],
        "version": version,
        "kind": info["kind"],
        "phase": info["phase"],
        "title": info["title"],
        "introduction": info["intro"],
        "consent_text": info["consent"] if info["kind"] == "survey" else None,
        "consent_version": info["consent_version"] if info["kind"] == "survey" else None,
        "forms": {form: sorted(keys) for form, keys in sorted(forms.items())},
        "questions": questions,
    }


def instrument_pdf(document, language) -> bytes:
    """The instrument as a printable A4 document in ``language`` (kk, ru or en)."""
    language = language if language in LANGUAGE_CODES else "kk"

    def text(value):
        if not isinstance(value, dict):
            return value or ""
        return value.get(language) or value.get("kk") or ""

    questions = [
        {
            "number": number,
            "key": question["key"],
            "variable": question["variable"],
            "version": question["version"],
            "kind": question["kind"],
            "stem": text(question["stem"]),
            "situation": text((question.get("scenario") or {}).get("situation")),
            "options": [
                {"code": option["code"], "text": text(option["text"]), "correct": option.get("correct")}
                for option in question["options"]
            ],
            "legal_source": question["legal_source"],
            "forms": [form for form, keys in document["forms"].items() if question["key"] in keys],
        }
        for number, question in enumerate(document["questions"], start=1)
    ]
    with translation.override(language):
        html = render_to_string(
            "analytics/research/instrument_pdf.html",
            {
                "document": document,
                "language": language,
                "title": text(document["title"]),
                "introduction": text(document["introduction"]),
                "consent": text(document["consent_text"]) if document["consent_text"] else "",
                "questions": questions,
            },
        )
    font_config, font_css = packaged_fonts()
    return HTML(string=html, url_fetcher=PackagedAssetFetcher({})).write_pdf(
        stylesheets=[font_css], font_config=font_config
    )
