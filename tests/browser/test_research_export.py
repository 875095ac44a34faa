"""A researcher exports the demo project's Research Data Package in a real headless Chromium.

Log in, open the approved demo project, start an export with the form, follow the export page to
"ready" and download the zip through the signed link; the same page on a phone has no sideways scroll.
"""

import io
import zipfile
from pathlib import Path

import pytest

from tests.browser.conftest import ARTIFACTS, CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Chromium not installed (scripts/install-browser)"),
]


@pytest.fixture(scope="module")
def researchers(site_manage):
    # load_demo --no-users made the site; the demo accounts bring the research projects (demo/research.py).
    site_manage("shell", "-c", "from demo.users import ensure_demo_users; ensure_demo_users()")


def log_in(page, site_url, email):
    page.goto(f"{site_url}/en/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", "sauat-demo-2026")
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()


def test_a_researcher_exports_and_downloads_the_demo_package(site_url, browser, researchers):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, accept_downloads=True)
    page = context.new_page()
    try:
        log_in(page, site_url, "researcher@sauat.test")
        page.goto(f"{site_url}/en/research/")
        page.get_by_role("link", name="Legal literacy and attitudes to AI among students (demo)").first.click()
        assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
        page.get_by_role("button", name="Start the export").click()
        page.wait_for_load_state()
        assert "/research/exports/" in page.url
        for _ in range(60):  # the page refreshes itself until the package is ready
            if (
                page.get_by_role("link", name="Download").count()
                or page.locator("a.button[href*='/research/download/']").count()
            ):
                break
            page.wait_for_timeout(1000)
            page.reload()
        page.screenshot(path=str(ARTIFACTS / "research-export-en-phone.png"), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1  # the SHA-256 wraps
        link = page.locator("a[href*='/research/download/']").first
        with page.expect_download() as info:
            link.click()
        data = Path(info.value.path()).read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
        assert {"datapackage.json", "spss/wide_ai_and_rights_panel.sav", "codebook/codebook.html"} <= names
        # Another researcher cannot use the same link.
        href = link.get_attribute("href")
        other = browser.new_context()
        other_page = other.new_page()
        log_in(other_page, site_url, "researcher2@sauat.test")
        response = other_page.request.get(site_url + href)
        assert response.status == 404
        other.close()
    finally:
        context.close()
