"""The dashboard pages: kk/ru/en, figures with tables, filters, suppression, downloads, bounded queries."""

import io

import pytest
from openpyxl import load_workbook

from django.urls import reverse
from django.utils import translation

from analytics import funnel
from quizzes.models import Assessment
from tests.analytics.dashboard_world import FORMULA_NAME, build_world, fill, take
from tests.conftest import make_user

HEADINGS = {
    "editor": {"kk": "Редактор тақтасы", "ru": "Панель редактора", "en": "Editor dashboard"},
    "university": {"kk": "Топтар аналитикасы", "ru": "Аналитика групп", "en": "Cohort analytics"},
    "impact": {"kk": "Біздің әсеріміз", "ru": "Наш вклад", "en": "Our impact"},
}
TABLE_TITLES = {
    "editor": {"kk": "Сабақтар бойынша шығып қалу", "ru": "Отсев по урокам", "en": "Drop-off by lesson"},
    "university": {"kk": "Сауаттылықтың өсуі", "ru": "Прирост грамотности", "en": "Literacy gain"},
    "impact": {"kk": "Сандармен әсер", "ru": "Вклад в цифрах", "en": "Impact in numbers"},
}


@pytest.fixture
def world(db):
    return build_world()


def url(name, language, *args):
    with translation.override(language):
        return reverse(name, args=args)


def who_sees(world, dashboard):
    return {"editor": world.editor, "university": world.admin_a, "impact": None}[dashboard]


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("dashboard", ["editor", "university", "impact"])
def test_every_page_renders_in_each_language(client, world, dashboard, language):
    user = who_sees(world, dashboard)
    if user:
        client.force_login(user)
    response = client.get(url(f"analytics:{dashboard}", language))
    assert response.status_code == 200
    page = response.content.decode()
    assert f'<html lang="{language}">' in page
    assert HEADINGS[dashboard][language] in page
    assert TABLE_TITLES[dashboard][language] in page


@pytest.mark.parametrize("dashboard", ["editor", "university", "impact"])
def test_figures_come_with_tables_downloads_and_local_plotly(client, world, dashboard):
    user = who_sees(world, dashboard)
    if user:
        client.force_login(user)
    page = client.get(url(f"analytics:{dashboard}", "en")).content.decode()
    assert 'data-chart="figure-' in page
    assert '<script id="figure-' in page and 'type="application/json"' in page
    assert "/static/analytics/plotly.min.js" in page
    assert "cdn" not in page.lower().split("<main", 1)[1]
    assert "<table" in page
    assert ".csv" in page and ".xlsx" in page


def test_plotly_js_is_one_of_our_static_files(tmp_path):
    """collectstatic copies it to analytics/plotly.min.js (then hashed and cached by whitenoise); the browser
    tests load it from the running site."""
    from django.contrib.staticfiles import finders
    from django.core.management import call_command
    from django.test import override_settings

    found = finders.find("analytics/plotly.min.js")
    assert found and found.endswith("plotly.min.js")
    finder = finders.get_finder("analytics.finders.PlotlyFinder")
    with override_settings(STATIC_ROOT=tmp_path):
        listed = list(finder.list([]))
        assert [(path, storage.prefix) for path, storage in listed] == [("plotly.min.js", "analytics")]
        call_command("collectstatic", "--noinput", "-v0", "-i", "wagtail*", "-i", "admin", "-i", "*.css")
    copied = tmp_path / "analytics" / "plotly.min.js"
    assert copied.exists()
    assert copied.stat().st_size > 1_000_000


def test_staff_page_shows_small_cohorts_as_too_few(client, world):
    client.force_login(world.admin_a)
    page = client.get(url("analytics:university", "en") + f"?cohort={world.cohort_small.pk}").content.decode()
    assert "&lt;5" in page
    assert "Too few learners to show" in page
    csv = client.get(
        url("analytics:download", "en", "university", "progress", "csv") + f"?cohort={world.cohort_small.pk}"
    )
    lines = csv.content.decode("utf-8-sig").splitlines()
    assert lines[1].endswith(",<5,<5,<5,<5")
    gains = client.get(
        url("analytics:download", "en", "university", "gains", "csv") + f"?cohort={world.cohort_small.pk}"
    )
    for line in gains.content.decode("utf-8-sig").splitlines()[1:]:
        assert ",<5," in line


def test_csv_download_has_a_bom_and_escapes_formulas(client, world):
    client.force_login(world.admin_a)
    response = client.get(url("analytics:download", "en", "university", "progress", "csv"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert response.content.startswith("\ufeff".encode())
    text = response.content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text
    assert "\n=HYPERLINK" not in text and '\n"=HYPERLINK' not in text


def test_xlsx_download_escapes_formulas_and_keeps_numbers(client, world):
    client.force_login(world.admin_a)
    response = client.get(
        url("analytics:download", "en", "university", "progress", "xlsx") + f"?cohort={world.cohort_a.pk}"
    )
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Cohort", "Course", "Enrolled")
    assert rows[1][0] == "'" + FORMULA_NAME
    assert rows[1][2] == 6  # a number, not text


def test_every_table_downloads(client, world):
    for user, dashboard, names in (
        (world.editor, "editor", ["funnel", "dropoff", "items", "bias", "reliability", "calibration"]),
        (world.admin_a, "university", ["progress", "gains", "topics", "distribution"]),
        (None, "impact", ["impact", "gains"]),
    ):
        client.logout()
        if user:
            client.force_login(user)
        for name in names:
            for file_format in ("csv", "xlsx"):
                response = client.get(url("analytics:download", "ru", dashboard, name, file_format))
                assert response.status_code == 200, (dashboard, name, file_format)


@pytest.mark.parametrize(
    ("dashboard", "query", "status"),
    [
        ("university", "?by=shoe_size", 400),
        ("university", "?course=not-a-course", 404),
        ("university", "?course=00000000-0000-4000-8000-000000000000", 404),
        ("university", "?cohort=abc", 404),
        ("editor", "?language=de", 400),
        ("editor", "?phase=middle", 400),
        ("editor", "?course=not-a-course", 404),
    ],
)
def test_bad_filters_give_a_clear_answer_not_a_server_error(client, world, dashboard, query, status):
    client.force_login(world.superuser)
    response = client.get(url(f"analytics:{dashboard}", "en") + query)
    assert response.status_code == status
    if status == 400:
        assert "These filters cannot be used" in response.content.decode()
    download = client.get(
        url("analytics:download", "en", dashboard, "gains" if dashboard == "university" else "items", "csv") + query
    )
    assert download.status_code == status


@pytest.mark.parametrize("dashboard", ["editor", "university"])
def test_page_queries_do_not_grow_with_learners(client, world, dashboard, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    user = who_sees(world, dashboard)
    client.force_login(user)
    page = url(f"analytics:{dashboard}", "en")

    def count():
        from django.core.cache import cache

        cache.clear()
        with CaptureQueriesContext(connection) as context:
            assert client.get(page).status_code == 200
        return len(context.captured_queries)

    before = count()
    fill(world.cohort_a2, "more", 8, course=world.course, pre=world.pre, post=world.post, lessons=world.lessons)
    after = count()
    assert after == before
    with django_assert_max_num_queries(60):
        client.get(page)


def test_editors_find_analytics_in_the_admin_menu(client, world):
    client.force_login(world.editor)
    assert url("analytics:editor", "en") in client.get("/admin/").content.decode() or "/analytics/editor/" in (
        client.get("/admin/").content.decode()
    )
    client.force_login(world.admin_a)
    assert "/analytics/editor/" not in client.get("/admin/").content.decode()


def test_staff_home_and_footer_link_the_dashboards(client, world):
    client.force_login(world.admin_a)
    home = client.get(url("universities:dashboard", "en")).content.decode()
    assert url("analytics:university", "en") in home
    assert url("analytics:impact", "en") in home  # footer


def test_impact_numbers(client, world):
    page = client.get(url("analytics:impact", "en")).content.decode()
    assert "Learners" in page
    csv = client.get(url("analytics:download", "en", "impact", "impact", "csv")).content.decode("utf-8-sig")
    assert f"Learners,{funnel.totals()['learners']}" in csv  # everyone who enrolled or took a test


def test_impact_counts_a_learner_who_only_took_a_test(world):
    before = funnel.totals()["learners"]
    pre_test = Assessment.objects.published().filter(kind=Assessment.Kind.PRE_TEST).first()
    take(make_user("tested-only@example.kz"), pre_test, 40)
    make_user("never-learned@example.kz")
    assert funnel.totals()["learners"] == before + 1


@pytest.mark.parametrize(
    ("language", "text"),
    [("kk", "95% сенім аралықтарымен"), ("ru", "с 95% доверительными интервалами"), ("en", "with 95% confidence")],
)
def test_texts_with_a_percent_sign_are_translated(client, world, language, text):
    client.force_login(world.admin_a)
    assert text in client.get(url("analytics:university", language)).content.decode()
