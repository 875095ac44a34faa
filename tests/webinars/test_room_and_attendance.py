"""The live-room link: registrants only, from shortly before the start; opening it records attendance."""

from datetime import timedelta

import pytest

from django.utils import timezone

from courses.models import CoursePage
from tests.webinars.builders import make_webinar, users
from webinars import access, actions
from webinars.models import Attendance

pytestmark = pytest.mark.django_db


def _starting_in(minutes, **fields):
    return make_webinar(start=timezone.now() + timedelta(minutes=minutes), **fields)


def _register_before_start(user, webinar):
    return actions.register(user, webinar, now=webinar.start_at - timedelta(hours=2))


def test_room_link_is_hidden_until_shortly_before_the_start(learner_client, learner, settings):
    settings.SAUAT_WEBINAR_ROOM_OPENS_MINUTES = 15
    webinar = _starting_in(60)
    actions.register(learner, webinar)
    html = learner_client.get(webinar.url).content.decode()
    assert "/join/" not in html and "room-later" in html
    response = learner_client.get(f"/kk/learning/webinars/{webinar.pk}/join/")
    assert response.status_code == 302 and response["Location"] == webinar.url
    assert not Attendance.objects.exists()


def test_registrant_sees_the_link_and_opening_it_records_attendance(learner_client, learner):
    webinar = _starting_in(10)
    actions.register(learner, webinar)
    html = learner_client.get(webinar.url).content.decode()
    assert f"/learning/webinars/{webinar.pk}/join/" in html
    assert "meet.example.org" not in html  # the raw room URL goes only through the join view
    response = learner_client.get(f"/kk/learning/webinars/{webinar.pk}/join/")
    assert response.status_code == 302 and response["Location"] == "https://meet.example.org/sauat-test"
    learner_client.get(f"/kk/learning/webinars/{webinar.pk}/join/")
    attendance = Attendance.objects.get()
    assert attendance.user == learner and attendance.source == "link"


def test_another_learner_gets_no_room_link(client, learner, other_learner):
    webinar = _starting_in(5)
    actions.register(learner, webinar)
    client.force_login(other_learner)
    assert "/join/" not in client.get(webinar.url).content.decode()
    response = client.get(f"/kk/learning/webinars/{webinar.pk}/join/", follow=True)
    assert response.redirect_chain[-1][0] == webinar.url
    assert "meet.example.org" not in str(response.redirect_chain)
    assert not Attendance.objects.exists()


def test_anonymous_visitor_gets_no_room_link(client):
    webinar = _starting_in(5)
    assert "/join/" not in client.get(webinar.url).content.decode()
    assert "/accounts/login/" in client.get(f"/kk/learning/webinars/{webinar.pk}/join/")["Location"]


def test_waiting_list_does_not_open_the_room(client):
    webinar = _starting_in(5, capacity=1)
    seated, waiting = users(2)
    actions.register(seated, webinar)
    registration = actions.register(waiting, webinar)
    assert registration.status == "waitlisted"
    assert access.can_see_room(registration) is False
    client.force_login(waiting)
    assert client.get(f"/kk/learning/webinars/{webinar.pk}/join/")["Location"] == webinar.url


def test_room_closes_at_the_end(learner):
    webinar = make_webinar(start=timezone.now() - timedelta(minutes=30), minutes=20)
    registration = _register_before_start(learner, webinar)
    assert access.can_see_room(registration) is False
    during = webinar.start_at + timedelta(minutes=5)
    assert access.can_see_room(registration, now=during) is True


def test_attendance_counts_toward_its_course(learner, other_learner):
    course = CoursePage.objects.get(slug="free-legal-aid", locale__language_code="kk")
    course_ru = CoursePage.objects.get(slug="free-legal-aid", locale__language_code="ru")
    webinar = _starting_in(5, course=course_ru)
    _register_before_start(learner, webinar)
    actions.record_attendance(learner, webinar)
    actions.record_attendance(learner, webinar)  # idempotent
    assert Attendance.objects.attended(learner, course.translation_key).count() == 1
    assert not Attendance.objects.attended(other_learner, course.translation_key).exists()
    other_course = CoursePage.objects.get(slug="consumer-rights", locale__language_code="kk")
    assert not Attendance.objects.attended(learner, other_course.translation_key).exists()
