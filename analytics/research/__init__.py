"""The Research Data Package (research-export.md §6): one deterministic zip per export.

``build_package(project, spec, on_progress)`` reads the consented data (source), de-identifies it
(privacy), builds the tables (tables), and writes every file (writers, codebook, datapackage,
instruments). The same spec on the same data gives the same bytes for every file; only
``manifest.json``'s ``generated_at`` differs between runs. Research projects, consent and the export
jobs live in the ``research`` app; this package only turns data into files.
"""

import gc
import hashlib
import json
import os
import platform
import subprocess
import tempfile
from importlib import metadata
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from research.pseudonyms import SCHEME

from ..stats import gains as gain_stats
from ..stats import items as item_stats
from . import catalogue, codebook, datapackage, instruments, source, tables, writers
from .archive import Package, Workspace
from .variables import RESERVED, trilingual

GENERATORS = ["pandas", "pyarrow", "pyreadstat", "openpyxl", "weasyprint", "numpy", "scipy", "Django"]


def _versions():
    return {name: metadata.version(name) for name in GENERATORS}


def platform_version():
    """The release this package was made by: SAUAT_RELEASE, else the git commit, else "unknown"."""
    release = getattr(settings, "SAUAT_RELEASE", "")
    if release:
        return release
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short=12", "HEAD"],  # noqa: S607
            cwd=Path(settings.BASE_DIR),
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def _json(data) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n").encode()


PACKING = _("Packing the zip file")


def build_package(project, spec, on_progress=None, destination=None) -> Package:
    """The package of ``spec`` for ``project``. Built in English whatever language is active (the
    request's or the worker's), so the bytes never depend on who asked; trilingual texts name their
    language explicitly. Progress steps are reported as English message ids (the pages translate them).
    The zip is written to ``destination`` (a path), or to a temporary file that goes away with the
    returned Package."""
    files = Workspace()
    temporary = destination is None
    collecting = gc.isenabled()
    gc.disable()  # millions of short-lived objects, no cycles: the collector would take a fifth of the time
    try:
        with translation.override("en"):
            counts = _build(project, spec, on_progress, files)
            if temporary:
                handle, destination = tempfile.mkstemp(prefix="sauat-rdp-", suffix=".zip")
                os.close(handle)
            if on_progress is not None:
                on_progress(96, str(PACKING))
            sha256 = files.zip_to(destination)
    finally:
        files.close()
        if collecting:
            gc.enable()
    return Package(path=Path(destination), sha256=sha256, counts=counts, temporary=temporary)


def _build(project, spec, on_progress, files):
    def progress(percent, step):
        if on_progress is not None:
            on_progress(percent, str(step))

    k = settings.SAUAT_RESEARCH_MIN_K
    progress(5, _("Reading consented data"))
    src = source.load(project, spec)
    entries = catalogue.build(src)
    progress(25, _("Pseudonymising and checking anonymity"))
    built, facts = tables.build(src, entries, project, spec, k)
    cutoff = src.data_cutoff
    progress(40, _("Writing the codebook"))
    codebook_rows = codebook.rows(built, k)
    stats_copies, stats_left_out = writers.stats_tables(built)
    csv_paths = {}
    progress(50, _("Writing CSV and Parquet files"))
    for table in built:
        csv_paths[table.name] = f"data/{table.name}.csv"
        writers.write_csv(table, files.path(csv_paths[table.name]))
        if spec.get("excel_csv"):
            writers.write_csv(table, files.path(f"excel/{table.name}_excel.csv"), bom=True)
        own_rows = [row for row in codebook_rows if row["table"] == table.name]
        writers.write_parquet(table, own_rows, files.path(f"parquet/{table.name}.parquet"))
    progress(70, _("Writing the Excel workbook"))
    workbook, left_out = writers.to_xlsx(built, codebook_rows, cutoff, notes="Too large for Excel: use data/*.csv")
    files["excel/sauat_research_data.xlsx"] = workbook
    files["codebook/codebook.csv"] = codebook.to_csv(codebook_rows)
    codebook_workbook, _unused = writers.to_xlsx([], codebook_rows, cutoff, notes="")
    files["codebook/codebook.xlsx"] = codebook_workbook
    files["codebook/codebook.html"] = codebook.to_html(codebook_rows, project_title=project.title, tables=built)
    progress(80, _("Printing the instruments"))
    long = next(table for table in built if table.name == "responses_long").frame
    exported_items = set(long["item"].unique().tolist())
    kept_entries = {pk: entry for pk, entry in entries.items() if entry.key in exported_items}
    instrument_files = []
    for info in src.instruments:
        administered = src.administered(info["id"])
        version = tables.instrument_version(administered, src.versions)
        document = instruments.instrument_document(info, version, kept_entries, src, administered)
        stem = f"instruments/{info['slug']}_{version}"
        files[f"{stem}.json"] = _json(document)
        for language in ("kk", "ru", "en"):
            files[f"{stem}_{language}.pdf"] = instruments.instrument_pdf(document, language)
        instrument_files.append(stem)
    progress(85, _("Writing SPSS and Stata files"))
    for table in stats_copies:
        writers.write_sav(table, cutoff, files.path(f"spss/{table.name}.sav"))
        writers.write_dta(table, cutoff, files.path(f"stata/{table.name}.dta"))
    progress(90, _("Writing the data package description and privacy report"))
    name = f"sauat-rdp-project-{project.pk}"
    licence = {
        "name": "LicenseRef-Sauat-DUA",
        "title": "Restricted: Sauat data use agreement " + (project.dua_version or ""),
    }
    files["datapackage.json"] = _json(
        datapackage.descriptor(
            built,
            name=name,
            title=project.title,
            description=project.purpose,
            licence=licence,
            csv_paths=csv_paths,
        )
    )
    privacy_report = {
        "consent": src.consent,
        "withdrawn_excluded": src.consent["withdrawn"],
        "anonymity": facts["anonymity"],
        "pseudonym_scheme": SCHEME,
        "direct_identifiers_exported": [],
        "free_text": "included, personal data removed" if facts["free_text"] else "excluded",
        "removed_variables": facts["removed_variables"] + facts["anonymity"]["removed_variables"],
        "dates": "relative days only (day 0 = the person's first attempt in this package)",
        "small_cells": {
            "minimum": settings.SAUAT_RESEARCH_MIN_K,
            "rule": "rows of aggregate tables and codebook counts"
            " below the minimum are suppressed; one more codebook count is hidden when a single one is",
        },
        "spreadsheet_safety": "text cells starting with = + - @ tab or CR get a leading apostrophe",
    }
    files["privacy_report.json"] = _json(privacy_report)
    files["analysis/methods.md"] = methods_text().encode()
    files["r/load.R"] = render_to_string("analytics/research/load.R", {"tables": [t.name for t in built]}).encode()
    files["README.md"] = render_to_string(
        "analytics/research/README.md",
        {
            "project": project,
            "tables": built,
            "instrument_files": instrument_files,
            "reserved": [(code, letter, trilingual(label)) for code, (letter, label) in RESERVED.items()],
            "k": settings.SAUAT_RESEARCH_MIN_K,
            "excel_left_out": left_out,
            "stats_left_out": stats_left_out,
            "counts": {"participants": facts["participants"], "responses": facts["responses"]},
        },
    ).encode()
    files["CITATION.cff"] = citation(project).encode()
    files["LICENSE.txt"] = licence_text(project).encode()
    counts = {
        "participants": facts["participants"],
        "responses": facts["responses"],
        "withdrawn": src.consent["withdrawn"],
        "suppressed_for_anonymity": facts["anonymity"]["people_suppressed"],
        "k_achieved": facts["anonymity"]["k_achieved"],
        "files": len(files.names()) + 1,
    }
    files["manifest.json"] = _json(
        {
            "generated_at": timezone.now().isoformat(timespec="seconds"),
            "project": {"id": project.pk, "title": project.title, "ethics_reference": project.ethics_reference},
            "spec": spec,
            "spec_sha256": hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest(),
            "data_cutoff": cutoff.isoformat(),
            "platform": {"name": "Sauat", "version": platform_version(), "python": platform.python_version()},
            "generators": _versions(),
            "pseudonym_scheme": SCHEME,
            "counts": counts,
            "tables_left_out": {"excel": left_out, "spss_stata": stats_left_out},
            "files": files.checksums(),
        }
    )
    return counts


def methods_text():
    lines = ["# Methods", "", "Formula ids used in `cohort_summary.formula_ids`, `item_stats` and the codebook.", ""]
    for formulas in (gain_stats.FORMULAS, item_stats.FORMULAS):
        for key, text in sorted(formulas.items()):
            lines.append(f"- `{key}`: {text}")
    lines += [
        "",
        "Matched pairs: the latest submitted pre-test and post-test of the same test family (one blueprint,",
        "two parallel forms). People with only one of them are counted in `n_pre_only` / `n_post_only`.",
        "Item statistics use each person's latest attempt; unanswered graded questions score 0 there.",
        "",
    ]
    return "\n".join(lines)


def citation(project):
    return (
        "cff-version: 1.2.0\n"
        f'message: "If you use these data, cite the project and the Sauat platform."\n'
        f"title: {json.dumps(project.title, ensure_ascii=False)}\n"
        "type: dataset\n"
        "authors:\n"
        f"  - name: {json.dumps(project.investigator_name, ensure_ascii=False)}\n"
        f"    affiliation: {json.dumps(project.institution, ensure_ascii=False)}\n"
        f"identifiers:\n  - type: other\n    value: {json.dumps(project.ethics_reference, ensure_ascii=False)}\n"
        "    description: ethics approval\n"
        'license: "LicenseRef-Sauat-DUA"\n'
    )


def licence_text(project):
    return (
        "Restricted data. These files are released to the researchers of the project named in CITATION.cff\n"
        f"under the Sauat data use agreement version {project.dua_version or '-'}, for the approved purpose only,\n"
        f"until {project.ends_on.isoformat()}. Do not try to identify anyone, do not pass the files on, delete\n"
        "them when the project ends, and report any breach to the platform operator at once.\n"
    )
