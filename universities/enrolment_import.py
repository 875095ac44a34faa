"""Bulk enrolment from a CSV or XLSX file: read, check every row, preview, then enrol (idempotent).

Columns (header names are matched case-insensitively; Kazakh and Russian names are accepted too):
``email``, ``name``, ``student_id``, optional ``group``. See docs/universities.md.

The check never writes anything except the preview record; running the import creates missing
accounts (no password: they get an invitation e-mail to choose one), adds cohort memberships and
enrols every member into the cohort's courses through courses.actions. Running the same file again
finds everything in place and changes nothing.
"""

import csv
import io
import re
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from .exceptions import BadEnrolmentFileError
from .models import CohortMembership, EnrolmentImport

CHUNK = 500
MAX_FILE_BYTES = 10 * 1024 * 1024

HEADERS = {
    "email": {"email", "e-mail", "email address", "e-mail address", "электронная почта", "почта", "эл. пошта"},
    "name": {"name", "full name", "фио", "имя", "аты-жөні", "толық аты", "аты"},
    "student_id": {"student_id", "student id", "id number", "idnumber", "студенческий", "номер студента", "id"},
    "group": {"group", "группа", "топ"},
}
REQUIRED = ("email", "name", "student_id")
LIMITS = {"name": 150, "student_id": 50, "group": 50}

REASONS = {
    "missing_email": _("The e-mail address is empty."),
    "invalid_email": _("“%(value)s” is not a valid e-mail address."),
    "missing_name": _("The name is empty."),
    "missing_student_id": _("The student ID is empty."),
    "too_long": _("“%(value)s” is too long."),
    "duplicate_email": _("The same e-mail address is already on line %(value)s."),
    "duplicate_student_id": _("The same student ID is already on line %(value)s."),
    "student_id_taken": _("Student ID %(value)s belongs to another student of this university."),
    "email_too_long": _("The e-mail address is too long."),
}


def reason_text(error):
    return REASONS[error["code"]] % {"value": error.get("value", "")}


@dataclass
class Row:
    line: int
    email: str
    name: str
    student_id: str
    group: str

    def as_dict(self):
        return {
            "line": self.line,
            "email": self.email,
            "name": self.name,
            "student_id": self.student_id,
            "group": self.group,
        }


def _normalise_header(value):
    return re.sub(r"\s+", " ", str(value or "").strip().lower().replace("_", " ")).replace(" ", "_")


def _column_map(header):
    wanted = {key: {_normalise_header(alias) for alias in aliases} for key, aliases in HEADERS.items()}
    columns = {}
    for index, cell in enumerate(header):
        name = _normalise_header(cell)
        for key, aliases in wanted.items():
            if name in aliases and key not in columns:
                columns[key] = index
    missing = [key for key in REQUIRED if key not in columns]
    if missing:
        raise BadEnrolmentFileError(
            _("The first row must name the columns email, name and student_id (missing: %(columns)s).")
            % {"columns": ", ".join(missing)}
        )
    return columns


def _csv_rows(data: bytes):
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1251 decodes any byte string
        raise BadEnrolmentFileError(_("The file is not readable text. Save it as CSV UTF-8."))
    if "\x00" in text:
        raise BadEnrolmentFileError(_("The file is not a CSV file. Upload a .csv or .xlsx file."))
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def _xlsx_rows(data: bytes):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds (zipfile, KeyError, InvalidFileException)
        raise BadEnrolmentFileError(_("The file is not a readable XLSX workbook.")) from error
    sheet = workbook.worksheets[0]
    rows = [["" if value is None else str(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    workbook.close()
    return rows


def read_table(filename: str, data: bytes):
    """The file's rows as lists of strings (header first). Raises BadEnrolmentFileError."""
    if len(data) > MAX_FILE_BYTES:
        raise BadEnrolmentFileError(_("The file is larger than 10 MB. Split it into smaller files."))
    name = (filename or "").lower()
    if name.endswith(".xlsx"):
        rows = _xlsx_rows(data)
    elif name.endswith((".csv", ".txt")):
        rows = _csv_rows(data)
    else:
        raise BadEnrolmentFileError(_("Upload a .csv or .xlsx file."))
    if not rows:
        raise BadEnrolmentFileError(_("The file is empty."))
    return rows


def parse(filename: str, data: bytes):
    """(rows, errors): well-formed rows and a list of {line, email, code, value} for every bad one."""
    table = read_table(filename, data)
    columns = _column_map(table[0])
    if len(table) - 1 > settings.SAUAT_ENROLMENT_MAX_ROWS:
        raise BadEnrolmentFileError(
            _("The file has more than %(count)d rows. Split it into smaller files.")
            % {"count": settings.SAUAT_ENROLMENT_MAX_ROWS}
        )
    rows, errors = [], []
    first_email, first_student_id = {}, {}

    def cell(values, key):
        index = columns.get(key)
        return values[index].strip() if index is not None and index < len(values) else ""

    for line, values in enumerate(table[1:], start=2):
        if not any(str(value).strip() for value in values):
            continue
        row = Row(
            line, cell(values, "email").lower(), cell(values, "name"), cell(values, "student_id"), cell(values, "group")
        )
        error = _row_error(row)
        if error is None and row.email in first_email:
            error = ("duplicate_email", first_email[row.email])
        if error is None and row.student_id in first_student_id:
            error = ("duplicate_student_id", first_student_id[row.student_id])
        if error is not None:
            errors.append({"line": line, "email": row.email, "code": error[0], "value": error[1]})
            continue
        first_email[row.email] = line
        first_student_id[row.student_id] = line
        rows.append(row)
    return rows, errors


def _row_error(row):
    if not row.email:
        return ("missing_email", "")
    if len(row.email) > 254:
        return ("email_too_long", "")
    try:
        validate_email(row.email)
    except ValidationError:
        return ("invalid_email", row.email[:100])
    if not row.name:
        return ("missing_name", "")
    if not row.student_id:
        return ("missing_student_id", "")
    for field, limit in LIMITS.items():
        value = getattr(row, field)
        if len(value) > limit:
            return ("too_long", value[:40] + "…")
    return None


def _taken_student_ids(cohort, rows):
    """{student_id: email of the other person} for IDs already used by someone else at this university."""
    ids = {row.student_id for row in rows}
    taken = {}
    memberships = (
        CohortMembership.objects.filter(cohort__university_id=cohort.university_id, student_id__in=ids)
        .values_list("student_id", "user__email")
        .iterator(chunk_size=2000)
    )
    for student_id, email in memberships:
        taken.setdefault(student_id, set()).add(email)
    return taken


def check(cohort, filename: str, data: bytes):
    """Validate the whole file against the cohort: (rows, errors, summary). Writes nothing."""
    from accounts.models import User

    rows, errors = parse(filename, data)
    taken = _taken_student_ids(cohort, rows)
    valid = []
    for row in rows:
        others = taken.get(row.student_id, set()) - {row.email}
        if others:
            errors.append({"line": row.line, "email": row.email, "code": "student_id_taken", "value": row.student_id})
        else:
            valid.append(row)
    errors.sort(key=lambda error: error["line"])
    emails = [row.email for row in valid]
    existing = set()
    members = set()
    for start in range(0, len(emails), CHUNK):
        part = emails[start : start + CHUNK]
        existing |= set(User.objects.filter(email__in=part).values_list("email", flat=True))
        members |= set(
            CohortMembership.objects.filter(cohort=cohort, user__email__in=part).values_list("user__email", flat=True)
        )
    summary = {
        "rows": len(valid) + len(errors),
        "valid": len(valid),
        "bad": len(errors),
        "new_accounts": len(set(emails) - existing),
        "existing_accounts": len(existing),
        "already_members": len(members),
    }
    return valid, errors, summary


def preview(cohort, uploaded_by, filename: str, data: bytes) -> EnrolmentImport:
    """Check the file and keep the result for the staff member to confirm (status "preview")."""
    rows, errors, summary = check(cohort, filename, data)
    return EnrolmentImport.objects.create(
        cohort=cohort,
        uploaded_by=uploaded_by,
        filename=(filename or "")[:255],
        rows=[row.as_dict() for row in rows],
        errors=errors,
        summary=summary,
        total_rows=summary["rows"],
    )


@transaction.atomic
def _apply_chunk(cohort, rows, courses):
    """Accounts, memberships and course enrolments for one chunk. Returns (new users, counts)."""
    from allauth.account.models import EmailAddress

    from accounts.models import User
    from courses import actions as course_actions

    by_email = {row["email"]: row for row in rows}
    users = {user.email: user for user in User.objects.filter(email__in=by_email)}
    fresh = []
    for email, row in by_email.items():
        if email not in users:
            user = User(email=email, display_name=row["name"])
            user.set_unusable_password()
            fresh.append(user)
    User.objects.bulk_create(fresh, ignore_conflicts=True)
    created_emails = {user.email for user in fresh}
    users = {user.email: user for user in User.objects.filter(email__in=by_email)}
    new_users = [users[email] for email in created_emails if email in users]
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=user, email=user.email, verified=False, primary=True) for user in new_users],
        ignore_conflicts=True,
    )
    ids = [user.pk for user in users.values()]
    memberships = {m.user_id: m for m in CohortMembership.objects.filter(cohort=cohort, user_id__in=ids)}
    added, updated, changed = [], 0, []
    for email, row in by_email.items():
        user = users[email]
        membership = memberships.get(user.pk)
        if membership is None:
            added.append(
                CohortMembership(
                    cohort=cohort,
                    user=user,
                    student_id=row["student_id"],
                    group=row["group"],
                    source=CohortMembership.Source.IMPORT,
                )
            )
        elif (membership.student_id, membership.group) != (row["student_id"], row["group"]):
            membership.student_id, membership.group = row["student_id"], row["group"]
            changed.append(membership)
    CohortMembership.objects.bulk_create(added, ignore_conflicts=True)
    if changed:
        updated = CohortMembership.objects.bulk_update(changed, ["student_id", "group"])
    enrolled = sum(course_actions.enrol_many(list(users.values()), course) for course in courses)
    return new_users, {"added": len(added), "updated": updated, "enrolments": enrolled}


def run(enrolment_import: EnrolmentImport, *, on_progress=None):
    """Apply a confirmed import chunk by chunk. Invitations for each chunk's new accounts are queued as
    their own background task once the chunk is committed (e-mail must not hold up the enrolment)."""
    from .tasks import send_invitations

    cohort = enrolment_import.cohort
    courses = cohort.course_list()
    totals = {"new_accounts": 0, "added": 0, "updated": 0, "enrolments": 0}
    rows = enrolment_import.rows
    for start in range(0, len(rows), CHUNK):
        new_users, counts = _apply_chunk(cohort, rows[start : start + CHUNK], courses)
        totals["new_accounts"] += len(new_users)
        for key, value in counts.items():
            totals[key] += value
        if new_users:
            user_ids = [user.pk for user in new_users]
            transaction.on_commit(partial(send_invitations.enqueue, cohort.pk, user_ids))
        if on_progress is not None:
            on_progress(min(start + CHUNK, len(rows)))
    totals["unchanged"] = len(rows) - totals["added"] - totals["updated"]
    return totals
