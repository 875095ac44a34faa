"""Analytics charts in a real headless Chromium: plotly.js comes from our own static files, every chart downloads
as PNG and as SVG from its toolbar, and the page fits a phone. Same throwaway site as the learner journey
(gunicorn, SQLite, demo content); skipped when Debian's Chromium is not installed."""

from pathlib import Path

import pytest

from tests.browser.conftest import ARTIFACTS, CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Chromium not installed (scripts/install-browser)"),
]


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True, accept_downloads=True
    )
    yield context.new_page()
    context.close()


@pytest.fixture
def browser_without_js(browser):
    context = browser.new_context(java_script_enabled=False)
    yield context.new_page()
    context.close()


def test_impact_chart_downloads_as_png_and_svg(site_url, phone):
    requests = []
    phone.on("request", lambda request: requests.append(request.url))
    phone.goto(site_url + "/en/analytics/impact/")
    phone.wait_for_selector(".chart[data-ready=true] .main-svg", timeout=20_000)
    assert not [url for url in requests if not url.startswith(site_url)]  # nothing from a CDN
    assert any("/static/analytics/plotly.min" in url for url in requests)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    ARTIFACTS.mkdir(exist_ok=True)
    phone.screenshot(path=str(ARTIFACTS / "analytics-impact-en-phone.png"), full_page=True)
    chart = phone.locator(".chart[data-ready=true]").first
    for label, suffix, magic in (
        ("Download chart as PNG", ".png", b"\x89PNG"),
        ("Download chart as SVG", ".svg", b"<svg"),
    ):
        chart.hover()
        with phone.expect_download(timeout=20_000) as info:
            chart.locator(f'.modebar-btn[data-title="{label}"]').click(force=True)
        download = info.value
        assert download.suggested_filename == "sauat-impact-gains" + suffix
        body = Path(download.path()).read_bytes()
        assert body[:200].lstrip().startswith(magic) or magic in body[:200]


def test_tables_are_readable_without_javascript(site_url, browser_without_js):
    browser_without_js.goto(site_url + "/kk/analytics/impact/")
    assert browser_without_js.locator("table#table-impact tbody tr").count() >= 4
    assert browser_without_js.locator(".chart .main-svg").count() == 0
