"""Public pages render real text in kk, ru and en; the language switcher keeps the page."""

import re

import pytest

from wagtail.models import Locale

from tests.conftest import course, lessons

KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")

pytestmark = pytest.mark.django_db


def _text(response):
    return response.content.decode()


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_home_catalogue_course_and_lesson_render_in_each_language(client, language):
    course_page = course(language)
    lesson = lessons(language)[0]
    for url in [f"/{language}/", f"/{language}/courses/", course_page.url, lesson.url]:
        response = client.get(url)
        assert response.status_code == 200, url
        html = _text(response)
        assert f'<html lang="{language}">' in html
    assert lesson.title in _text(client.get(lesson.url))


def test_kazakh_pages_are_in_kazakh_not_russian(client):
    html = _text(client.get(lessons("kk")[0].url))
    body = html.split('<main id="main"', 1)[1]
    assert len(KAZAKH_LETTERS.findall(body)) > 50
    ru_html = _text(client.get(lessons("ru")[0].url)).split('<main id="main"', 1)[1]
    assert len(KAZAKH_LETTERS.findall(ru_html)) < 5


def test_interface_strings_follow_the_language(client):
    assert "Сабақтар" in _text(client.get(course("kk").url))
    assert "Уроки" in _text(client.get(course("ru").url))
    assert "Lessons" in _text(client.get(course("en").url))


def test_language_switcher_links_to_the_same_lesson_in_other_languages(client):
    lesson_kk = lessons("kk")[1]
    html = _text(client.get(lesson_kk.url))
    for language in ["ru", "en"]:
        translation = lesson_kk.get_translation(Locale.objects.get(language_code=language))
        assert f'href="{translation.url}" hreflang="{language}"' in html


def test_root_redirects_to_kazakh_by_default(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/kk/"


def test_catalogue_filters_by_topic_level_duration_and_search(client):
    html = _text(client.get("/en/courses/?topic=consumer"))
    assert "Consumer rights and how" in html and "Free legal aid and access" not in html
    html = _text(client.get("/en/courses/?level=intermediate"))
    assert "Personal data" in html and "Consumer rights and how" not in html
    html = _text(client.get("/en/courses/?duration=short"))
    assert "No course matches" in html
    html = _text(client.get("/en/courses/?q=legal+aid"))
    assert "Free legal aid and access" in html


def test_catalogue_ignores_bad_filter_values(client):
    for query in ["?page=abc", "?page=999", "?level=<script>", "?lang=xx", "?duration=eternal", "?q=" + "x" * 5000]:
        assert client.get("/ru/courses/" + query).status_code == 200


def test_site_search_finds_lessons_in_the_current_language(client):
    html = _text(client.get("/en/search/?q=receipt"))
    assert "/en/courses/" in html
    assert "/kk/courses/" not in html
    assert "Nothing found" in _text(client.get("/en/search/?q=zzzzqqq"))


def test_unknown_page_is_404(client):
    assert client.get("/en/no-such-page/").status_code == 404


def test_lesson_cites_legal_act_with_official_link(client):
    html = _text(client.get(lessons("en")[0].url))
    assert "adilet.zan.kz" in html
    assert "legal-provision" in html
