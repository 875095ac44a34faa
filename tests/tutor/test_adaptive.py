"""Adapted passages: the plain or the detailed version, chosen by preference or mastery."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import LessonPage
from tutor.models import TutorProfile

pytestmark = pytest.mark.django_db

PLAIN = "In short: legal information is free for everyone."
DETAILED = "Tell three levels of help apart."


def lesson():
    return LessonPage.objects.live().get(locale__language_code="en", slug="state-guaranteed-legal-aid")


def test_visitors_get_the_detailed_version(client):
    html = client.get(lesson().url).content.decode()
    assert DETAILED in html and PLAIN not in html


def test_a_struggling_learner_gets_the_plain_version(learner_client, struggling):
    html = learner_client.get(lesson().url).content.decode()
    assert PLAIN in html and DETAILED not in html


def test_stated_preference_wins_and_personalisation_off_gives_the_standard_text(learner_client, learner, struggling):
    TutorProfile.objects.filter(user=learner).update(detail="detailed")
    assert DETAILED in learner_client.get(lesson().url).content.decode()
    TutorProfile.objects.filter(user=learner).update(detail="plain", personalised=False)
    html = learner_client.get(lesson().url).content.decode()
    assert DETAILED in html and PLAIN not in html


def test_a_learner_without_difficulties_gets_the_detailed_version(learner_client, learner):
    assert DETAILED in learner_client.get(lesson().url).content.decode()
    TutorProfile.objects.create(user=learner, detail="plain")
    assert PLAIN in learner_client.get(lesson().url).content.decode()


def test_choosing_the_version_costs_one_query(learner_client, struggling):
    page = lesson()
    learner_client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        assert learner_client.get(page.url).status_code == 200
    assert len(queries) <= 15, [q["sql"][:120] for q in queries]
