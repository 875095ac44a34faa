"""Shared fixtures: the demo site is loaded once per test database; each test runs in a transaction."""

import pytest

from django.core.cache import cache
from django.test import override_settings

from wagtail.models import APIToken

from accounts.models import User
from courses.models import CoursePage, LessonPage
from demo.loader import DemoLoader


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, tmp_path_factory):
    # The demo writes a generated recording to MEDIA_ROOT: keep it out of the working tree.
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("demo-media")):
        if not CoursePage.objects.exists():
            DemoLoader().load()


@pytest.fixture(autouse=True)
def _clear_cache(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    yield
    cache.clear()


def make_user(email, password="correct-horse-battery", **fields):
    return User.objects.create_user(email=email, password=password, **fields)


@pytest.fixture
def learner(db):
    return make_user("aigul@example.kz", display_name="Айгүл")


@pytest.fixture
def other_learner(db):
    return make_user("bolat@example.kz", display_name="Болат")


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client


@pytest.fixture
def token(learner):
    _token, raw = APIToken.create_token(user=learner, name="test")
    return raw


def course(language, slug="consumer-rights"):
    return CoursePage.objects.live().get(locale__language_code=language, slug=slug)


def lessons(language, slug="consumer-rights"):
    return list(course(language, slug).lessons())


@pytest.fixture
def course_kk(db):
    return course("kk")


@pytest.fixture
def course_ru(db):
    return course("ru")


@pytest.fixture
def lesson_kk(db):
    return lessons("kk")[0]


__all__ = ["LessonPage", "course", "lessons", "make_user"]
