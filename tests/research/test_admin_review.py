"""Admin review of research projects and the research audit log: only people with the
research.approve_researchproject permission reach them; approving and rejecting are audited; a wrong move
is a message, never a server error."""

import pytest

from django.urls import reverse

from research.models import ExportAuditEntry, ResearchProject
from tests.research.conftest import make_project

pytestmark = pytest.mark.django_db


def review_url(project):
    return reverse("research_review_project", args=[project.pk])


@pytest.fixture
def submitted(researcher, survey):
    return make_project(researcher, [survey], title="Waiting project", status="submitted", requests_free_text=True)


def test_the_reviewer_sees_waiting_projects_first(client, reviewer, submitted, draft_project, project):
    client.force_login(reviewer)
    response = client.get(reverse("research_review_projects"))
    assert response.status_code == 200
    listed = list(response.context["page_obj"].object_list)
    assert listed[0] == submitted and set(listed) == {submitted, draft_project, project}
    filtered = client.get(reverse("research_review_projects"), {"status": "approved"})
    assert list(filtered.context["page_obj"].object_list) == [project]


def test_the_review_page_shows_the_whole_project(client, reviewer, submitted):
    client.force_login(reviewer)
    response = client.get(review_url(submitted))
    body = response.content.decode()
    assert response.status_code == 200
    assert submitted.ethics_reference in body and submitted.purpose in body and "KazNU" in body
    assert "Зерттеуге келісім мәтіні." in body and "Текст согласия на исследование." in body
    assert "AI and rights" in body or "ЖИ және құқық" in body
    assert 'name="free_text"' in body and 'value="approve"' in body and 'value="reject"' in body


def test_the_free_text_choice_appears_only_when_requested(client, reviewer, researcher, survey):
    project = make_project(researcher, [survey], status="submitted")
    client.force_login(reviewer)
    assert 'name="free_text"' not in client.get(review_url(project)).content.decode()


def test_approving_is_audited(client, reviewer, submitted):
    client.force_login(reviewer)
    response = client.post(review_url(submitted), {"decision": "approve", "free_text": "on", "note": "Fine."})
    assert response.status_code == 302 and response["Location"] == reverse("research_review_projects")
    submitted.refresh_from_db()
    assert submitted.status == ResearchProject.Status.APPROVED and submitted.free_text_approved
    assert submitted.reviewed_by == reviewer and submitted.review_note == "Fine."
    entry = ExportAuditEntry.objects.get(project=submitted, action=ExportAuditEntry.Action.APPROVED)
    assert entry.actor == reviewer and entry.detail["free_text"] is True


def test_rejecting_needs_a_note_and_is_audited(client, reviewer, submitted):
    client.force_login(reviewer)
    response = client.post(review_url(submitted), {"decision": "reject", "note": ""})
    assert response.status_code == 200 and response.context["reject_form"].errors["note"]
    submitted.refresh_from_db()
    assert submitted.status == ResearchProject.Status.SUBMITTED
    client.post(review_url(submitted), {"decision": "reject", "note": "Name the committee."})
    submitted.refresh_from_db()
    assert submitted.status == ResearchProject.Status.REJECTED and submitted.review_note == "Name the committee."
    entry = ExportAuditEntry.objects.get(project=submitted, action=ExportAuditEntry.Action.REJECTED)
    assert entry.actor == reviewer and entry.detail["note"] == "Name the committee."


@pytest.mark.parametrize("decision", ["approve", "reject"])
def test_a_wrong_move_is_a_message_not_a_server_error(client, reviewer, draft_project, project, decision):
    client.force_login(reviewer)
    for target in (draft_project, project):
        response = client.post(review_url(target), {"decision": decision, "note": "Again"}, follow=True)
        assert response.status_code == 200
        shown = [(message.level_tag, str(message)) for message in response.context["messages"]]
        assert [tag for tag, _text in shown] == ["error"], shown  # “old” → “new”, in the reviewer's language
    draft_project.refresh_from_db()
    project.refresh_from_db()
    assert draft_project.status == ResearchProject.Status.DRAFT and project.status == ResearchProject.Status.APPROVED
    assert not ExportAuditEntry.objects.filter(project=draft_project, action__in=["approved", "rejected"]).exists()


def test_superusers_review_too(client, submitted):
    from tests.conftest import make_user

    admin = make_user("root@sauat.test", is_superuser=True, is_staff=True)
    client.force_login(admin)
    client.post(review_url(submitted), {"decision": "approve"})
    submitted.refresh_from_db()
    assert submitted.status == ResearchProject.Status.APPROVED and not submitted.free_text_approved


@pytest.mark.parametrize("who", ["anonymous", "learner", "researcher", "editor"])
def test_others_cannot_reach_the_review_nor_approve(client, who, request, submitted):
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    pages = [
        reverse("research_review_projects"),
        review_url(submitted),
        reverse("research_audit:index"),
        reverse("research_audit:inspect", args=[ExportAuditEntry.objects.filter(project=submitted).first().pk]),
    ]
    for address in pages:
        response = client.get(address)
        assert response.status_code in (302, 403, 404), (who, address, response.status_code)
        if response.status_code == 302:
            assert "/admin/" in response["Location"]
    response = client.post(review_url(submitted), {"decision": "approve", "free_text": "on"})
    assert response.status_code in (302, 403, 404)
    submitted.refresh_from_db()
    assert submitted.status == ResearchProject.Status.SUBMITTED
    assert not ExportAuditEntry.objects.filter(project=submitted, action="approved").exists()


def test_the_audit_log_is_read_only_for_reviewers(client, reviewer, project):
    client.force_login(reviewer)
    response = client.get(reverse("research_audit:index"))
    assert response.status_code == 200
    assert "reviewer@sauat.test" in response.content.decode()
    entry = ExportAuditEntry.objects.filter(project=project).first()
    assert client.get(reverse("research_audit:inspect", args=[entry.pk])).status_code == 200
    for name, args in (("add", []), ("edit", [entry.pk]), ("delete", [entry.pk])):
        response = client.get(reverse(f"research_audit:{name}", args=args))
        assert response.status_code in (302, 403), name
    assert client.post(reverse("research_audit:delete", args=[entry.pk])).status_code in (302, 403)
    assert ExportAuditEntry.objects.filter(pk=entry.pk).exists()


def test_the_research_menu_is_shown_to_reviewers_only(client, reviewer, editor):
    client.force_login(reviewer)
    assert reverse("research_review_projects") in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(editor)
    assert reverse("research_review_projects") not in client.get(reverse("wagtailadmin_home")).content.decode()
