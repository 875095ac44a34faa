"""Consultation hours: small bookable slots with a structured intake seen only by the specialist and organisers."""

from datetime import timedelta

import pytest

from django.contrib.auth.models import Group
from django.utils import timezone

from accounts import roles
from tests.conftest import make_user
from tests.webinars.builders import make_webinar
from webinars import actions
from webinars.exceptions import SlotUnavailableError
from webinars.models import ConsultationIntake, Registration

pytestmark = pytest.mark.django_db

INTAKE = {"topic": "consumer", "question": "Дүкен ақаулы телефонды қайтарып алмайды."}


@pytest.fixture
def hours(speaker):
    start = timezone.now().replace(microsecond=0) + timedelta(days=2)
    return make_webinar(
        "consultation-hours", start=start, minutes=60, kind="consultation", slot_minutes=20, speaker=speaker
    )


def _booking_data(slot, **overrides):
    return {"slot": slot.isoformat(), "topic": "consumer", "question": "A faulty phone.", "consent": "on", **overrides}


def test_hours_are_split_into_slots(hours):
    slots = hours.slots()
    assert len(slots) == 3
    assert slots[0][0] == hours.start_at and slots[-1][1] == hours.end_at


def test_booking_a_slot_records_the_intake_and_consent(learner_client, learner, hours):
    slot = hours.slots()[1][0]
    response = learner_client.post(f"/en/learning/webinars/{hours.pk}/register/", _booking_data(slot), follow=True)
    assert "You are registered" in response.content.decode()
    registration = Registration.objects.get(user=learner)
    assert registration.slot_start == slot and registration.status == "confirmed"
    intake = registration.intake
    assert intake.topic == "consumer" and intake.question == "A faulty phone."
    assert intake.consent_given_at is not None and intake.consent_text_version == ConsultationIntake.CONSENT_VERSION


def test_booking_without_consent_is_refused(learner_client, hours):
    data = _booking_data(hours.slots()[0][0])
    del data["consent"]
    response = learner_client.post(f"/en/learning/webinars/{hours.pk}/register/", data, follow=True)
    assert response.status_code == 200
    assert not Registration.objects.exists()


def test_a_slot_holds_one_person(learner, other_learner, hours):
    slot = hours.slots()[0][0]
    actions.register(learner, hours, slot_start=slot, intake=INTAKE)
    with pytest.raises(SlotUnavailableError):
        actions.register(other_learner, hours, slot_start=slot, intake=INTAKE)
    assert actions.register(other_learner, hours, slot_start=hours.slots()[1][0], intake=INTAKE).is_confirmed


def test_an_invented_slot_or_a_missing_one_is_refused(learner, hours, webinar):
    with pytest.raises(SlotUnavailableError):
        actions.register(learner, hours, slot_start=hours.start_at + timedelta(minutes=7), intake=INTAKE)
    with pytest.raises(SlotUnavailableError):
        actions.register(learner, hours)
    with pytest.raises(SlotUnavailableError):
        actions.register(learner, webinar, slot_start=webinar.start_at)


def test_taken_slots_are_not_offered(client, learner, other_learner, hours):
    first = hours.slots()[0][0]
    actions.register(learner, hours, slot_start=first, intake=INTAKE)
    client.force_login(other_learner)
    html = client.get(hours.url).content.decode()
    assert first.isoformat() not in html
    assert hours.slots()[1][0].isoformat() in html


def test_cancelled_slot_becomes_free_again(learner, other_learner, hours):
    slot = hours.slots()[0][0]
    actions.cancel(actions.register(learner, hours, slot_start=slot, intake=INTAKE))
    assert actions.register(other_learner, hours, slot_start=slot, intake=INTAKE).is_confirmed


def test_intake_is_visible_to_the_specialist_and_organisers_only(client, learner, other_learner, host, hours):
    actions.register(learner, hours, slot_start=hours.slots()[0][0], intake=INTAKE)
    url = f"/kk/learning/webinars/{hours.pk}/bookings/"
    client.force_login(host)
    assert INTAKE["question"] in client.get(url).content.decode()
    organiser = make_user("organiser@example.kz")
    organiser.groups.add(Group.objects.get(name=roles.WEBINAR_ORGANISERS))
    client.force_login(organiser)
    assert INTAKE["question"] in client.get(url).content.decode()
    for person in (learner, other_learner):  # not even the author through this page, nor another learner
        client.force_login(person)
        response = client.get(url)
        assert response.status_code == 404
        assert INTAKE["question"] not in client.get(hours.url).content.decode()


def test_consultation_ics_covers_only_the_booked_slot(client, learner, other_learner, hours):
    import icalendar

    slot = hours.slots()[2]
    registration = actions.register(learner, hours, slot_start=slot[0], intake=INTAKE)
    client.force_login(learner)
    event = icalendar.Calendar.from_ical(
        client.get(f"/kk/learning/webinars/registrations/{registration.pk}/event.ics").content
    ).walk("VEVENT")[0]
    assert event.decoded("dtstart") == slot[0] and event.decoded("dtend") == slot[1]
    client.force_login(other_learner)
    assert client.get(f"/kk/learning/webinars/registrations/{registration.pk}/event.ics").status_code == 404
