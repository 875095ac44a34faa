"""Legal acts, the "needs legal review" report, and the editor → legal reviewer workflow."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import Locale, Page, Workflow
from wagtail.users.models import UserProfile

from cms.models import LegalAct
from courses.models import LessonPage
from tests.conftest import course, make_user

pytestmark = pytest.mark.django_db


def _user_in(group, email):
    user = make_user(email)
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the admin speaks English to this user
    profile.save()
    return user


def test_marking_an_act_amended_lists_every_live_lesson_citing_it(client):
    act = LegalAct.objects.get(number="274-IV")
    citing = {page.pk for page in act.citing_pages()}
    consumer_lessons = LessonPage.objects.live().filter(path__startswith=course("kk").path)
    assert citing and citing <= set(LessonPage.objects.live().values_list("pk", flat=True))
    assert any(pk in citing for pk in consumer_lessons.values_list("pk", flat=True))
    reviewer = _user_in("Legal reviewers", "reviewer@example.kz")
    client.force_login(reviewer)
    html = client.get("/admin/legal-review/").content.decode()
    assert "Nothing needs review" in html
    act.status = LegalAct.Status.AMENDED
    act.save()
    html = client.get("/admin/legal-review/").content.decode()
    assert html.count('class="needs-review-page"') == len(citing)
    some_page = Page.objects.get(pk=next(iter(citing)))
    assert some_page.title in html


def test_unpublished_lessons_are_not_listed(client):
    act = LegalAct.objects.get(number="274-IV")
    before = act.citing_pages().count()
    page = act.citing_pages().first()
    page.unpublish()
    assert act.citing_pages().count() == before - 1


def test_editing_an_act_in_the_admin_warns_about_citing_pages(client):
    act = LegalAct.objects.get(number="94-V")
    reviewer = _user_in("Legal reviewers", "reviewer@example.kz")
    client.force_login(reviewer)
    url = f"/admin/snippets/cms/legalact/edit/{act.pk}/"
    data = {
        "title_kk": act.title_kk,
        "title_ru": act.title_ru,
        "title_en": act.title_en,
        "number": act.number,
        "adopted_on": act.adopted_on.isoformat(),
        "official_url": act.official_url,
        "status": "repealed",
        "last_verified_on": "2026-11-20",
    }
    response = client.post(url, data, follow=True)
    assert response.status_code == 200
    act.refresh_from_db()
    assert act.status == LegalAct.Status.REPEALED
    assert "need legal review" in response.content.decode() or "needs legal review" in response.content.decode()


def test_learners_and_editors_cannot_see_the_review_report(client):
    client.force_login(make_user("learner@example.kz"))
    assert client.get("/admin/legal-review/").status_code == 302
    client.force_login(_user_in("University staff", "staff@example.kz"))
    assert client.get("/admin/legal-review/").status_code in (302, 403)


def test_changed_act_shows_a_notice_on_the_lesson(client):
    act = LegalAct.objects.get(number="274-IV")
    lesson = act.citing_pages().filter(locale__language_code="en").first()
    act.status = LegalAct.Status.AMENDED
    act.save()
    assert "has been marked" in client.get(lesson.url).content.decode()


def test_editor_submits_course_translation_and_legal_reviewer_publishes_it():
    """An editor creates a course in kk, translates it to ru, submits both; a reviewer approves."""
    editor = _user_in("Editors", "editor@example.kz")
    reviewer = _user_in("Legal reviewers", "reviewer@example.kz")
    catalogue = course("kk").get_parent()
    from courses.models import CoursePage

    new_course = CoursePage(title="Еңбек құқығы негіздері", slug="labour-basics", summary="Жұмыс берушімен шарт.")
    catalogue.add_child(instance=new_course)
    assert not new_course.permissions_for_user(editor).can_publish()
    assert new_course.permissions_for_user(reviewer).can_publish()
    new_course.save_revision(user=editor)
    workflow = new_course.get_workflow()
    assert workflow == Workflow.objects.get(name="Legal review")
    state = workflow.start(new_course, editor)
    task_state = state.current_task_state
    assert task_state.task.specific.user_can_access_editor(new_course, reviewer)
    assert not task_state.task.specific.get_actions(new_course, editor)
    task_state.task.specific.on_action(task_state, reviewer, "approve")
    new_course.refresh_from_db()
    assert new_course.live

    translation = new_course.copy_for_translation(Locale.objects.get(language_code="ru"))
    translation.title = "Основы трудового права"
    translation.save_revision(user=editor)
    state = translation.get_workflow().start(translation, editor)
    state.current_task_state.task.specific.on_action(state.current_task_state, reviewer, "approve")
    translation.refresh_from_db()
    assert translation.live and translation.translation_key == new_course.translation_key
