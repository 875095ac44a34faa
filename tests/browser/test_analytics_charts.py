"""Analytics charts in a real headless Chromium: plotly.js comes from our own static files, every chart downloads
as PNG and as SVG from its toolbar, and the page fits a phone. Same throwaway site as the learner journey
(gunicorn, SQLite, demo content); skipped when Debian's Chromium is not installed."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Chromium not installed (scripts/install-browser)"),
]


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("analytics-site")
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DATABASE_URL=f"sqlite:///{workdir / 'site.sqlite3'}",
        MEDIA_ROOT=str(workdir / "media"),
        DJANGO_DEBUG="0",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        TASKS_BACKEND="django_tasks.backends.immediate.ImmediateBackend",
    )
    python = sys.executable
    for command in (["migrate", "--noinput", "-v0"], ["load_demo", "--no-users"]):
        subprocess.run([python, "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=True)
    port = _free_port()
    server = subprocess.Popen(
        [python, "-m", "gunicorn", "config.wsgi", "-w", "1", "-b", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/healthz", timeout=1)  # noqa: S310 (loopback only)
                break
            except OSError:
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def chromium():
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        yield browser
        browser.close()


@pytest.fixture
def phone(chromium):
    context = chromium.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True, accept_downloads=True
    )
    yield context.new_page()
    context.close()


@pytest.fixture
def browser_without_js(chromium):
    context = chromium.new_context(java_script_enabled=False)
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
