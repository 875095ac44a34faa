"""Fixtures for webinar tests."""

import pytest

from tests.conftest import make_user
from tests.webinars.builders import make_webinar
from webinars.models import Speaker, WebinarIndexPage


@pytest.fixture
def webinar(db):
    return make_webinar()


@pytest.fixture
def host(db):
    """A specialist with a Sauat account, speaking at the ``hosted_webinar``."""
    return make_user("lawyer@example.kz", display_name="Заңгер")


@pytest.fixture
def speaker(host):
    return Speaker.objects.create(
        locale_id=WebinarIndexPage.objects.get(locale__language_code="kk", slug="webinars").locale_id,
        name="Сынақ Заңгер",
        role=Speaker.Role.ADVOCATE,
        user=host,
    )


@pytest.fixture
def hosted_webinar(speaker):
    return make_webinar("hosted-webinar", speaker=speaker)
