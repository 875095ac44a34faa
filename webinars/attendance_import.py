"""Import of a live platform's attendance report (CSV): every row is checked, every bad row reported.

Accepted columns (header names are case-insensitive; the first matching column is used):

- e-mail (required): ``email``, ``e-mail``, ``user email``, ``attendee email``, ``email address``
- joined at (optional): ``joined_at``, ``join time``, ``joined``, ``first join``
- minutes (optional): ``minutes``, ``duration``, ``duration (minutes)``, ``time in session (minutes)``

Comma, semicolon and tab separators are recognised. Times without a zone are Almaty time;
``2026-03-01 19:05``, ``2026-03-01T19:05:00+05:00`` and Zoom's ``03/01/2026 07:05:12 PM`` work.
Several rows for one person (they left and came back) are added up. Nothing is imported while
any row is bad; importing the same report again changes nothing.
"""

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from .models import Attendance, Registration

MAX_ROWS = 20_000
COLUMNS = {
    "email": ["email", "e-mail", "user email", "attendee email", "email address"],
    "joined_at": ["joined_at", "join time", "joined", "first join"],
    "minutes": ["minutes", "duration", "duration (minutes)", "time in session (minutes)"],
}
TIME_FORMATS = ["%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %H:%M:%S", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M"]


@dataclass
class ImportReport:
    errors: list = field(default_factory=list)  # (line number, message)
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def ok(self):
        return not self.errors


@dataclass
class Row:
    line: int
    user: object
    joined_at: datetime | None
    minutes: int | None


def _parse_time(value):
    parsed = parse_datetime(value)
    if parsed is None:
        for fmt in TIME_FORMATS:
            try:
                parsed = datetime.strptime(value, fmt)  # noqa: DTZ007 (made aware just below)
                break
            except ValueError:
                continue
    if parsed is None:
        return None
    return timezone.make_aware(parsed) if timezone.is_naive(parsed) else parsed


def _columns(header):
    names = [name.strip().lower() for name in header]
    found = {}
    for key, aliases in COLUMNS.items():
        for alias in aliases:
            if alias in names:
                found[key] = names.index(alias)
                break
    return found


def _decode(data):
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def parse_report(data: bytes, webinar):
    """Check every row; returns (rows merged per person, report with every error)."""
    from accounts.models import User

    report = ImportReport()
    text = _decode(data)
    if text is None:
        report.errors.append((1, _("The file must be UTF-8 text (save it as “CSV UTF-8”).")))
        return [], report
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader, None)
    columns = _columns(header or [])
    if "email" not in columns:
        report.errors.append((1, _("The first line must name the columns, including an e-mail column.")))
        return [], report

    registered = {
        email.lower(): user_id
        for email, user_id in Registration.objects.for_webinar(webinar)
        .confirmed()
        .values_list("user__email", "user_id")
    }
    earliest, latest = webinar.start_at - timedelta(hours=12), webinar.end_at + timedelta(hours=12)
    merged = {}
    for values in reader:
        line = reader.line_num
        if not any(value.strip() for value in values):
            continue
        if line > MAX_ROWS:
            report.errors.append((line, _("The file has too many rows.")))
            break

        def cell(key, values=values):
            index = columns.get(key)
            return values[index].strip() if index is not None and index < len(values) else ""

        errors = []
        email = cell("email").lower()
        try:
            validate_email(email)
        except ValidationError:
            errors.append(_("“%(value)s” is not an e-mail address.") % {"value": email})
        else:
            if email not in registered:
                errors.append(_("%(email)s is not registered for this webinar.") % {"email": email})
        joined_at = None
        if cell("joined_at"):
            joined_at = _parse_time(cell("joined_at"))
            if joined_at is None:
                errors.append(_("“%(value)s” is not a date and time.") % {"value": cell("joined_at")})
            elif not earliest <= joined_at <= latest:
                errors.append(_("%(value)s is not during this webinar.") % {"value": cell("joined_at")})
        minutes = None
        if cell("minutes"):
            try:
                minutes = int(float(cell("minutes").replace(",", ".")))
                if minutes < 0 or minutes > 24 * 60:
                    raise ValueError
            except ValueError:
                errors.append(_("“%(value)s” is not a number of minutes.") % {"value": cell("minutes")})
        if errors:
            report.errors.extend((line, message) for message in errors)
            continue
        previous = merged.get(email)
        if previous is None:
            merged[email] = Row(line, registered[email], joined_at, minutes)
        else:
            if joined_at and (previous.joined_at is None or joined_at < previous.joined_at):
                previous.joined_at = joined_at
            if minutes is not None:
                previous.minutes = (previous.minutes or 0) + minutes
    if not merged and not report.errors:
        report.errors.append((1, _("The file has no attendance rows.")))
    users = User.objects.in_bulk([row.user for row in merged.values()])
    for row in merged.values():
        row.user = users[row.user]
    return list(merged.values()), report


def import_report(data: bytes, webinar) -> ImportReport:
    """Validate the whole file, then (only if every row is good) record attendance."""
    rows, report = parse_report(data, webinar)
    if not report.ok:
        return report
    with transaction.atomic():
        existing = {a.user_id: a for a in Attendance.objects.for_webinar(webinar).select_for_update()}
        for row in rows:
            first_seen = row.joined_at or webinar.start_at
            attendance = existing.get(row.user.pk)
            if attendance is None:
                Attendance.objects.create(
                    user=row.user,
                    webinar=webinar,
                    webinar_key=webinar.translation_key,
                    source=Attendance.Source.IMPORT,
                    first_seen_at=first_seen,
                    minutes=row.minutes,
                )
                report.created += 1
                continue
            changes = {}
            if row.minutes is not None and attendance.minutes != row.minutes:
                changes["minutes"] = row.minutes
            if first_seen < attendance.first_seen_at:
                changes["first_seen_at"] = first_seen
            if changes:
                for name, value in changes.items():
                    setattr(attendance, name, value)
                attendance.save(update_fields=list(changes))
                report.updated += 1
            else:
                report.unchanged += 1
    return report
