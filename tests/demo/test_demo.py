"""The demo loader: three real courses of four or more lessons in kk, ru and en; idempotent."""

import pytest

from django.core.management import call_command

from wagtail.models import Page, Revision

from accounts.models import User
from cms.models import LegalAct
from courses.models import CoursePage, LessonPage
from demo.loader import DemoLoader

pytestmark = pytest.mark.django_db


def test_three_courses_with_at_least_four_lessons_in_each_language():
    for language in ["kk", "ru", "en"]:
        courses = CoursePage.objects.live().filter(locale__language_code=language)
        assert courses.count() >= 3
        for course in courses:
            assert course.lessons().count() >= 4, (language, course.slug)


def test_lessons_cite_legal_acts():
    for lesson in LessonPage.objects.live():
        assert any(block.block_type == "legal_provision" for block in lesson.body), lesson.url
    assert LegalAct.objects.filter(number="176-VI").exists()


def test_running_the_loader_twice_changes_nothing():
    before = (Page.objects.count(), Revision.objects.count(), LegalAct.objects.count())
    assert DemoLoader().load() == 0
    assert (Page.objects.count(), Revision.objects.count(), LegalAct.objects.count()) == before


def test_command_creates_demo_users_once(capsys):
    call_command("load_demo", "--allow-users-without-debug")
    call_command("load_demo", "--allow-users-without-debug")
    out = capsys.readouterr().out
    assert "learner@sauat.test" in out and "reviewer@sauat.test" in out
    assert User.objects.filter(email__endswith="@sauat.test").count() == 10
    reviewer = User.objects.get(email="reviewer@sauat.test")
    assert reviewer.groups.filter(name="Legal reviewers").exists()


def test_command_refuses_demo_users_without_debug():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("load_demo")
    assert not User.objects.filter(email__endswith="@sauat.test").exists()
