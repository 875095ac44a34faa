"""The trilingual codebook: one row per variable of every table (research-export.md §6.2).

Frequencies of coded variables are included with small cells hidden (privacy.suppress_counts): a
count below the minimum group size shows as "<k", and one more cell is hidden when needed so the
hidden one cannot be worked out.
"""

import io
import json

import pandas as pd

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from cms.i18n import LANGUAGE_CODES

from . import privacy
from .variables import RESERVED, trilingual

COLUMNS = [
    "table",
    "variable",
    "type",
    "measure",
    *[f"label_{code}" for code in LANGUAGE_CODES],
    *[f"question_{code}" for code in LANGUAGE_CODES],
    *[f"values_{code}" for code in LANGUAGE_CODES],
    "missing_codes",
    "universe",
    "instrument",
    "item",
    "legal_source",
    "derived_from",
    "formula_id",
    "translation_status",
    "first_version_seen",
    "last_version_seen",
    "quasi_identifier",
    "frequencies",
]
MISSING_TEXT = "-91..-96 (" + ", ".join(f"{code}={letter}" for code, (letter, _label) in RESERVED.items()) + ")"


def _values_text(variable, language):
    return "; ".join(f"{code}={text}" for code, text in variable.value_labels(language).items())


def frequencies(series, k):
    counts = series.dropna().astype("float64").value_counts().sort_index()
    shown = privacy.suppress_counts({int(code): int(count) for code, count in counts.items()}, k)
    return {str(code): (count if count is not None else f"<{k}") for code, count in shown.items()}


def rows(tables, k) -> list[dict]:
    out = []
    for table in tables:
        for variable in table.variables:
            coded = variable.type == "integer" and variable.values and table.name != "responses_long"
            row = {
                "table": table.name,
                "variable": variable.name,
                "type": variable.type,
                "measure": variable.measure,
                **{f"label_{code}": variable.label.get(code, "") for code in LANGUAGE_CODES},
                **{f"question_{code}": variable.question.get(code, "") for code in LANGUAGE_CODES},
                **{f"values_{code}": _values_text(variable, code) if variable.coded else "" for code in LANGUAGE_CODES},
                "missing_codes": MISSING_TEXT if variable.missing else "",
                "universe": variable.universe,
                "instrument": variable.instrument,
                "item": variable.item,
                "legal_source": variable.legal_source,
                "derived_from": variable.derived_from,
                "formula_id": variable.formula_id,
                "translation_status": variable.translation_status,
                "first_version_seen": variable.versions[0] if variable.versions else "",
                "last_version_seen": variable.versions[-1] if variable.versions else "",
                "quasi_identifier": 1 if variable.identifying else 0,
                "frequencies": json.dumps(frequencies(table.frame[variable.name], k), ensure_ascii=False)
                if coded
                else "",
            }
            out.append(row)
    return out


def to_csv(codebook_rows) -> bytes:
    buffer = io.StringIO()
    frame = pd.DataFrame(codebook_rows, columns=COLUMNS).astype(object)
    frame = frame.map(lambda value: privacy.mask(str(value)) if value != "" else "")
    frame.to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue().encode()


HEADINGS = {
    "title": _("Codebook"),
    "variable": _("Variable"),
    "label": _("Label"),
    "values": _("Values"),
    "details": _("Details"),
    "question": _("Question"),
    "missing": _("Reserved missing codes"),
    "frequencies": _("Frequencies"),
}


def to_html(codebook_rows, *, project_title, tables) -> bytes:
    """A self-contained HTML page: per table, each variable with its kk, ru and en labels side by side."""
    by_table = []
    for table in tables:
        by_table.append(
            {
                "name": table.name,
                "title": table.title,
                "rows": [row for row in codebook_rows if row["table"] == table.name],
            }
        )
    headings = {key: trilingual(text) for key, text in HEADINGS.items()}
    reserved = [(code, trilingual(label)) for code, (_letter, label) in RESERVED.items()]
    html = render_to_string(
        "analytics/research/codebook.html",
        {
            "project_title": project_title,
            "tables": by_table,
            "headings": headings,
            "languages": LANGUAGE_CODES,
            "reserved": reserved,
        },
    )
    return html.encode()
