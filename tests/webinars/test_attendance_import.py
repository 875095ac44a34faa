"""Importing the live platform's attendance report: every row checked, every bad row reported, re-import idempotent."""

import datetime
import zoneinfo

import pytest

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from accounts import roles
from tests.conftest import make_user
from tests.webinars.builders import make_webinar, users
from webinars import actions
from webinars.attendance_import import import_report
from webinars.models import Attendance

pytestmark = pytest.mark.django_db

ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def session():
    """A webinar at 19:00 Almaty time on 2 March 2099 with three registered people."""
    webinar = make_webinar(start=datetime.datetime(2099, 3, 2, 19, 0, tzinfo=ALMATY))
    people = users(3)
    for person in people:
        actions.register(person, webinar)
    return webinar, people


def _csv(*lines):
    return ("\n".join(lines) + "\n").encode()


def test_a_good_report_is_imported(session):
    webinar, (a, b, c) = session
    report = import_report(
        _csv(
            "Email,Join Time,Duration (Minutes)",
            f"{a.email},2099-03-02 19:02,55",
            f"{b.email.upper()},2099-03-02T19:10:00+05:00,40",
        ),
        webinar,
    )
    assert report.ok and report.created == 2
    rows = {att.user: att for att in Attendance.objects.all()}
    assert rows[a].minutes == 55 and rows[a].source == "import"
    assert rows[a].first_seen_at == datetime.datetime(2099, 3, 2, 14, 2, tzinfo=datetime.UTC)
    assert rows[b].first_seen_at == datetime.datetime(2099, 3, 2, 14, 10, tzinfo=datetime.UTC)
    assert c not in rows


def test_zoom_style_report_with_rejoins_is_added_up(session):
    webinar, (a, _b, _c) = session
    report = import_report(
        _csv(
            "Name (Original Name);User Email;Join Time;Leave Time;Duration (Minutes)",
            f"Айгүл;{a.email};03/02/2099 07:01:00 PM;03/02/2099 07:20:00 PM;19",
            f"Айгүл;{a.email};03/02/2099 07:25:00 PM;03/02/2099 08:00:00 PM;35",
        ),
        webinar,
    )
    assert report.ok, report.errors
    attendance = Attendance.objects.get()
    assert attendance.minutes == 54
    assert attendance.first_seen_at == datetime.datetime(2099, 3, 2, 14, 1, tzinfo=datetime.UTC)


def test_every_bad_row_is_reported_and_nothing_is_imported(session):
    webinar, (a, b, _c) = session
    stranger = make_user("stranger@example.kz")
    report = import_report(
        _csv(
            "email,joined_at,minutes",
            f"{a.email},2099-03-02 19:00,50",
            "not-an-email,2099-03-02 19:00,50",
            f"{stranger.email},2099-03-02 19:00,50",
            f"{b.email},yesterday,50",
            f"{b.email},2099-03-05 19:00,50",
            f"{a.email},2099-03-02 19:00,-5",
            "",
            f"{a.email},2099-03-02 19:00,lots",
        ),
        webinar,
    )
    assert not report.ok
    lines = [line for line, _message in report.errors]
    assert lines == [3, 4, 5, 6, 7, 9]
    messages = " ".join(message for _line, message in report.errors)
    assert "not-an-email" in messages and "stranger@example.kz is not registered" in messages
    assert "yesterday" in messages and "not during this webinar" in messages and "lots" in messages
    assert not Attendance.objects.exists()


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"name,minutes\nA,5\n", "e-mail column"),
        (b"", "e-mail column"),
        (b"email\n", "no attendance rows"),
        ("email\nа@б.kz\n".encode("cp1251"), "UTF-8"),
    ],
)
def test_unusable_files_give_a_clear_message(session, data, words):
    webinar, _people = session
    report = import_report(data, webinar)
    assert not report.ok and words in report.errors[0][1]


def test_importing_the_same_report_again_changes_nothing(session):
    webinar, (a, b, _c) = session
    data = _csv("email,minutes", f"{a.email},30", f"{b.email},45")
    assert import_report(data, webinar).created == 2
    before = list(Attendance.objects.values_list("user_id", "minutes", "first_seen_at", "source"))
    again = import_report(data, webinar)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert list(Attendance.objects.values_list("user_id", "minutes", "first_seen_at", "source")) == before


def test_import_completes_an_attendance_recorded_from_the_room_link(session):
    webinar, (a, _b, _c) = session
    actions.record_attendance(a, webinar, at=webinar.start_at)
    report = import_report(_csv("email,minutes", f"{a.email},42"), webinar)
    assert report.updated == 1
    attendance = Attendance.objects.get()
    assert attendance.minutes == 42 and attendance.source == "link"


def test_admin_import_screen_reports_bad_rows(client, session):
    webinar, (a, _b, _c) = session
    organiser = make_user("organiser@example.kz")
    organiser.groups.add(Group.objects.get(name=roles.WEBINAR_ORGANISERS))
    client.force_login(organiser)
    bad = SimpleUploadedFile("report.csv", _csv("email,minutes", f"{a.email},x", "nobody@example.kz,5"))
    html = client.post("/admin/webinars/attendance/import/", {"webinar": webinar.pk, "file": bad}).content.decode()
    assert "2-жол:" in html and "3-жол:" in html  # the admin speaks Kazakh by default
    good = SimpleUploadedFile("report.csv", _csv("email,minutes", f"{a.email},12"))
    html = client.post("/admin/webinars/attendance/import/", {"webinar": webinar.pk, "file": good}).content.decode()
    assert "1 жаңа" in html
    assert Attendance.objects.get().minutes == 12


def test_learners_cannot_import(learner_client, session):
    webinar, _people = session
    assert learner_client.get("/admin/webinars/attendance/import/").status_code in (302, 403)
