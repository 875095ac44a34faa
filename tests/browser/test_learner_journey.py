"""A learner's journey in a real headless Chromium on a phone-sized screen.

The site runs in its own gunicorn process on a throwaway SQLite database with the demo content,
so these tests never touch the test database. Skipped when Debian's Chromium is not installed
(scripts/install-browser installs it).
"""

from pathlib import Path

import pytest

from tests.browser.conftest import ARTIFACTS, CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Chromium not installed (scripts/install-browser)"),
]


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    page = context.new_page()
    yield page
    context.close()


def test_anonymous_reader_completes_a_lesson_and_switches_language(site_url, phone):
    ARTIFACTS.mkdir(exist_ok=True)
    phone.goto(site_url + "/kk/courses/")
    phone.get_by_role("link", name="Тұтынушы құқықтары және оларды қалай қорғауға болады").first.click()
    phone.locator(".outline a").first.click()
    assert phone.locator("html").get_attribute("lang") == "kk"
    phone.screenshot(path=str(ARTIFACTS / "lesson-kk-phone.png"), full_page=False)
    # No horizontal scrolling on a phone.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    phone.locator("form.complete-form button").click()
    phone.wait_for_load_state()
    assert phone.locator(".done").count() == 1
    phone.locator('.language-switcher a[hreflang="ru"]').click()
    assert phone.locator("html").get_attribute("lang") == "ru"
    assert "/ru/courses/consumer-rights/" in phone.url
    assert phone.locator(".done").count() == 1  # progress belongs to the course, not the language


def sign_up(phone, site_url, language, email):
    phone.goto(f"{site_url}/{language}/accounts/signup/")
    phone.fill("input[name=email]", email)
    phone.fill("input[name=password1]", "a-long-unusual-passphrase")
    phone.fill("input[name=password2]", "a-long-unusual-passphrase")
    phone.check("input[name=accept_terms]")
    phone.locator("form button[type=submit]").last.click()
    phone.wait_for_load_state()


def test_signup_form_works_in_russian(site_url, phone):
    sign_up(phone, site_url, "ru", "browser@example.kz")
    assert "/learning/" in phone.url or "/accounts/confirm-email/" in phone.url


def test_pre_test_autosaves_resumes_and_grades_on_a_phone(site_url, phone):
    sign_up(phone, site_url, "kk", "quiz-browser@example.kz")
    phone.goto(site_url + "/kk/courses/consumer-rights/")
    phone.locator(".assessment-box a.button").first.click()
    phone.locator("form[action$='/start/'] button").click()
    phone.wait_for_load_state()
    assert "/kk/quizzes/attempts/" in phone.url
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    first = phone.locator("fieldset.question[data-kind='single']").first  # every demo form has several
    key = first.get_attribute("data-question")
    first.locator("input[type=radio]").first.check()
    phone.wait_for_function("document.body.dataset.lastSave === 'ok'")
    phone.screenshot(path=str(ARTIFACTS / "pre-test-kk-phone.png"), full_page=False)
    phone.reload()  # the answer was saved on the server: it is there after a reload (or on another device)
    assert phone.locator(f"fieldset[data-question='{key}'] input[type=radio]:checked").count() == 1
    phone.once("dialog", lambda dialog: dialog.accept())
    phone.locator("button[name=submit]").click()
    phone.wait_for_url("**/result/")
    assert phone.locator(".score-value").count() == 1
    assert phone.locator(".skill-breakdown li").count() == 5
    assert phone.locator(".legal-source").count() >= 10


def test_learner_registers_for_a_webinar_and_jumps_to_a_moment_of_a_recording(site_url, phone):
    sign_up(phone, site_url, "en", "webinar-browser@example.kz")
    phone.goto(site_url + "/en/webinars/")
    phone.get_by_role("link", name="Free legal aid, step by step").click()
    assert "19:00" in phone.locator(".webinar-time").inner_text()
    phone.locator(".registration button[type=submit]").click()
    phone.wait_for_load_state()
    assert phone.locator(".registration .status").count() == 1
    assert phone.locator(".add-to-calendar a", has_text=".ics").count() == 1
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    phone.screenshot(path=str(ARTIFACTS / "webinar-en-phone.png"), full_page=False)
    # After the session: search for words said in the recording and land on that moment.
    phone.goto(site_url + "/en/search/?q=hotline")
    phone.locator(".recording-hits a").first.click()
    phone.wait_for_load_state()
    assert phone.url.endswith("#t=26")
    assert phone.locator(".transcript li").count() == 6
    phone.locator(".transcript a[data-seek='21']").click()
    assert phone.evaluate("window.location.hash") == "#t=21"
    phone.wait_for_function("Math.abs(document.querySelector('[data-player]').currentTime - 21) < 1.5")
