"""Grade export for a cohort: one row per student, as CSV (UTF-8 with BOM) or XLSX.

Columns follow Moodle's grade import (Grades → Import → CSV file): an identifier column that maps to
a user field ("ID number" or "Email address") and one column per grade item, grades as plain numbers
with a decimal point. Platonus and Univer import the same sheet by student ID. docs/universities.md
lists every column.
"""

import csv
import io

from django.utils.translation import gettext as _

from .progress import roster

BOM = "\ufeff"


def _name_parts(user):
    """(first name, surname) from the display name; Moodle wants both columns."""
    name = (user.display_name or user.email.split("@")[0]).strip()
    parts = name.split()
    if len(parts) >= 2:
        return " ".join(parts[1:]), parts[0]  # "Surname Given-names" is the usual order in KZ lists
    return name, ""


def _number(value):
    return "" if value is None else f"{value:.1f}"


def grade_table(cohort, rows=None):
    """(headers, rows of strings) for ``cohort``; the first five columns identify the student."""
    rows = roster(cohort) if rows is None else rows
    headers = ["ID number", "Email address", "First name", "Surname", "Group"]
    courses = cohort.course_list()
    for course in courses:
        title = course.title
        headers += [
            f"{title}: {_('progress')} (%)",
            f"{title}: {_('pre-test')} (%)",
            f"{title}: {_('post-test')} (%)",
            f"{title}: {_('grade')} (0-100)",
        ]
    headers.append(_("Last activity"))
    table = []
    for row in rows:
        first, surname = _name_parts(row.user)
        line = [row.membership.student_id, row.user.email, first, surname, row.membership.group]
        for result in row.courses:
            line += [str(result.percent), _number(result.pre), _number(result.post), _number(result.grade)]
        line.append(row.last_activity.strftime("%Y-%m-%d") if row.last_activity else "")
        table.append(line)
    return headers, table


def to_csv(headers, table) -> bytes:
    """UTF-8 with a byte-order mark, so Excel opens Kazakh and Russian text intact."""
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(_safe(line) for line in table)
    return buffer.getvalue().encode("utf-8")


def to_xlsx(headers, table, *, sheet_name=None, numeric_from=5, numeric_to=-1) -> bytes:
    """Text cells from ``numeric_from`` to ``numeric_to`` become numbers (grades); other tables (analytics) pass
    numbers as numbers and ``numeric_from=None``."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet((sheet_name or _("Grades"))[:31])
    sheet.append(headers)
    for line in table:
        cells = list(line)
        if numeric_from is not None:
            cells = list(line[:numeric_from])
            for value in line[numeric_from:numeric_to]:
                cells.append(float(value) if value not in ("", None) else None)
            cells += list(line[numeric_to:])
        sheet.append(_safe(cells))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _safe(line):
    """Neutralise spreadsheet formulas in text cells (CSV injection): a leading =, +, - or @ gets a quote."""
    return [f"'{value}" if isinstance(value, str) and value[:1] in ("=", "+", "-", "@") else value for value in line]
