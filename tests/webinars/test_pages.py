"""The webinar listing and pages in kk, ru and en: filters, pagination, empty states, queries, caching."""

from datetime import timedelta

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.webinars.builders import make_webinar
from webinars import actions
from webinars.models import Speaker, WebinarIndexPage, WebinarPage

pytestmark = pytest.mark.django_db

TEXTS = {
    "kk": ("Вебинарлар", "Өткен вебинарлар мен жазбалар", "Тіркелу үшін кіріңіз"),
    "ru": ("Вебинары", "Прошедшие и записи", "Войдите, чтобы зарегистрироваться"),
    "en": ("Webinars", "Past and recorded", "Log in to register"),
}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_listing_and_webinar_pages_render_in_each_language(client, language):
    index = WebinarIndexPage.objects.get(locale__language_code=language)
    html = client.get(index.url).content.decode()
    assert f'<html lang="{language}">' in html
    title, past_tab, login = TEXTS[language]
    assert title in html and past_tab in html
    upcoming = WebinarPage.objects.live().filter(locale__language_code=language).upcoming()
    assert upcoming.count() == 4
    for page in upcoming:
        assert page.title in html
    page = upcoming.filter(kind="webinar").first()
    page_html = client.get(page.url).content.decode()
    assert page.title in page_html and login in page_html
    speaker_names = [speaker.name for speaker in page.speakers()]
    assert speaker_names and all(name in page_html for name in speaker_names)
    assert all(speaker.locale_id == page.locale_id for speaker in page.speakers())


def test_past_tab_lists_past_webinars_newest_first(client):
    html = client.get("/en/webinars/?when=past").content.decode()
    assert html.index("Who can get free legal aid") < html.index("Your rights when shopping online")
    assert "Free legal aid, step by step" not in html


def test_filters_by_topic_language_and_speaker(client):
    html = client.get("/en/webinars/?topic=consumer").content.decode()
    assert "How to return faulty goods" in html and "Free legal aid, step by step" not in html
    html = client.get("/en/webinars/?language=en").content.decode()
    assert "Personal data and chatbots" in html and "How to return faulty goods" not in html
    bekov = Speaker.objects.get(name="Nurlan Bekov")
    html = client.get(f"/en/webinars/?speaker={bekov.pk}").content.decode()
    assert "Free legal aid, step by step" in html and "How to return faulty goods" not in html


def test_bad_filter_values_and_empty_results(client):
    for query in ["?page=abc", "?page=999", "?speaker=abc", "?language=xx", "?when=<script>", "?topic=" + "x" * 500]:
        assert client.get("/kk/webinars/" + query).status_code == 200
    assert "No upcoming webinar matches" in client.get("/en/webinars/?topic=nothing").content.decode()
    assert "No past webinar matches" in client.get("/en/webinars/?when=past&topic=nothing").content.decode()


def test_listing_is_paginated(client):
    for number in range(11):
        make_webinar(f"many-{number}", start=timezone.now() + timedelta(days=30 + number))
    html = client.get("/kk/webinars/").content.decode()
    assert "many-10" not in html and "page=2" in html
    assert "/kk/webinars/many-10/" in client.get("/kk/webinars/?page=2").content.decode()


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_listing_queries_do_not_grow_with_the_number_of_webinars(client, learner):
    client.force_login(learner)
    client.get("/kk/webinars/")  # warm the site, menu and footer caches
    before = _count_queries(client, "/kk/webinars/")
    speaker = Speaker.objects.filter(locale__language_code="kk").first()
    for number in range(5):
        make_webinar(f"more-{number}", speaker=speaker, start=timezone.now() + timedelta(days=40 + number))
    client.get("/kk/webinars/")
    after = _count_queries(client, "/kk/webinars/")
    assert after == before
    assert after <= 16, after


def test_personalised_page_is_never_cached_for_others(client, learner, settings):
    settings.SAUAT_PAGE_CACHE_SECONDS = 600
    webinar = make_webinar()
    registration = actions.register(learner, webinar)
    cancel_form = f"/learning/webinars/registrations/{registration.pk}/cancel/"
    client.force_login(learner)
    response = client.get(webinar.url)
    assert cancel_form in response.content.decode()
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]
    client.logout()
    for _ in range(2):
        html = client.get(webinar.url).content.decode()
        assert cancel_form not in html and "/accounts/login/?next=" in html


def test_webinars_live_only_under_a_webinar_listing_on_the_home_page():
    index = WebinarIndexPage.objects.get(locale__language_code="kk")
    home = index.get_parent()
    assert WebinarIndexPage.can_create_at(home)
    assert not WebinarPage.can_create_at(home)
    assert WebinarPage.can_create_at(index)
    assert not WebinarIndexPage.can_create_at(index)


def test_end_before_start_is_a_validation_error():
    from django.core.exceptions import ValidationError

    now = timezone.now()
    page = WebinarPage(title="x", slug="x", summary="x", start_at=now, end_at=now - timedelta(minutes=1))
    with pytest.raises(ValidationError):
        page.clean()
