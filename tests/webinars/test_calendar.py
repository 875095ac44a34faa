"""Time zones and calendars: 19:00 in Almaty is 19:00 on the page and 14:00Z in the .ics; SEQUENCE; private feeds."""

import datetime
import zoneinfo
from urllib.parse import parse_qs, urlparse

import icalendar
import pytest

from django.urls import reverse

from tests.webinars.builders import make_webinar
from webinars import actions, calendar
from webinars.models import CalendarFeed

pytestmark = pytest.mark.django_db

ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")


@pytest.fixture
def evening():
    """A webinar at 19:00-20:30 Almaty time, 2 March 2099."""
    return make_webinar(start=datetime.datetime(2099, 3, 2, 19, 0, tzinfo=ALMATY), minutes=90)


def _event(data):
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert len(events) == 1
    return events[0]


def test_start_is_stored_in_utc_and_shown_in_almaty_time(client, evening):
    assert evening.start_at == datetime.datetime(2099, 3, 2, 14, 0, tzinfo=datetime.UTC)
    html = client.get(evening.url).content.decode()
    assert "19:00" in html and "20:30" in html
    assert "14:00" not in html


def test_ics_has_dtstart_in_utc_and_parses_back(client, evening):
    response = client.get(f"/kk/learning/webinars/{evening.pk}/event.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert b"DTSTART:20990302T140000Z" in response.content
    event = _event(response.content)
    assert event.decoded("dtstart") == datetime.datetime(2099, 3, 2, 14, 0, tzinfo=datetime.UTC)
    assert event.decoded("dtend") == datetime.datetime(2099, 3, 2, 15, 30, tzinfo=datetime.UTC)
    assert str(event["summary"]) == evening.title
    assert "meet.example.org" not in response.content.decode()  # never the room link


def test_uid_is_stable_and_sequence_rises_when_the_time_changes(client, evening):
    first = _event(client.get(f"/kk/learning/webinars/{evening.pk}/event.ics").content)
    again = _event(client.get(f"/kk/learning/webinars/{evening.pk}/event.ics").content)
    assert first["uid"] == again["uid"] == f"webinar-{evening.translation_key}@sauat.kz"
    assert first["sequence"] == 0
    evening.title = "A new title"
    evening.save_revision().publish()
    assert _event(client.get(f"/kk/learning/webinars/{evening.pk}/event.ics").content)["sequence"] == 0
    evening.start_at += datetime.timedelta(hours=1)
    evening.end_at += datetime.timedelta(hours=1)
    evening.save_revision().publish()
    moved = _event(client.get(f"/kk/learning/webinars/{evening.pk}/event.ics").content)
    assert moved["uid"] == first["uid"]
    assert moved["sequence"] == 1
    assert moved.decoded("dtstart") == datetime.datetime(2099, 3, 2, 15, 0, tzinfo=datetime.UTC)


def test_add_to_calendar_links(client, evening):
    html = client.get(evening.url).content.decode()
    assert "calendar.google.com" in html and "outlook.live.com" in html
    query = parse_qs(urlparse(calendar.google_calendar_url(evening)).query)
    assert query["dates"] == ["20990302T140000Z/20990302T153000Z"]


def test_private_feed_lists_only_the_persons_confirmed_webinars(client, learner, other_learner, evening):
    other = make_webinar("other-webinar")
    actions.register(learner, evening)
    actions.register(other_learner, other)
    feed = actions.calendar_feed_for(learner)
    assert len(feed.token) >= 40
    response = client.get(reverse("webinars_calendar_feed", args=[feed.token]))
    assert response.status_code == 200
    uids = [str(e["uid"]) for e in icalendar.Calendar.from_ical(response.content).walk("VEVENT")]
    assert uids == [f"webinar-{evening.translation_key}@sauat.kz"]


def test_feed_link_can_be_reset_and_revoked(learner_client, learner, evening):
    learner_client.post("/en/learning/webinars/calendar-feed/")
    old = CalendarFeed.objects.get(user=learner).token
    assert old in learner_client.get("/en/learning/webinars/").content.decode()
    learner_client.post("/en/learning/webinars/calendar-feed/")
    new = CalendarFeed.objects.get(user=learner).token
    assert new != old
    assert learner_client.get(reverse("webinars_calendar_feed", args=[old])).status_code == 404
    assert learner_client.get(reverse("webinars_calendar_feed", args=[new])).status_code == 200
    learner_client.post("/en/learning/webinars/calendar-feed/revoke/")
    assert learner_client.get(reverse("webinars_calendar_feed", args=[new])).status_code == 404


def test_unknown_feed_token_is_not_found(client):
    assert client.get(reverse("webinars_calendar_feed", args=["not-a-token"])).status_code == 404
