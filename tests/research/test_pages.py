"""Research pages: researchers' projects and exports, participants' consent pages, in kk, ru and en.

Anyone who does not work on a project gets 404 for it, its exports and its saved exports; learners get
404 on every researcher page; a double submit starts one export and records one consent decision.
"""

import hashlib
from datetime import timedelta

import pytest

from django.urls import reverse
from django.utils import timezone, translation

from research import access, actions
from research.models import (
    ConsentText,
    ExportAuditEntry,
    ExportSpec,
    ResearchConsent,
    ResearchExport,
    ResearchProject,
    spec_hash,
)
from tests.research.conftest import answer_survey, make_project, make_survey

pytestmark = pytest.mark.django_db


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"research:{name}", args=args)


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def new_export(project, user, **fields):
    spec = {"instruments": sorted(project.instruments.values_list("pk", flat=True)), "items": [], "free_text": False}
    spec["excel_csv"] = False
    return ResearchExport.objects.create(
        project=project, spec=spec, spec_hash=spec_hash(spec), requested_by=user, **fields
    )


def export_post(project, key="key-1", **fields):
    data = {"instruments": [i.pk for i in project.instruments.all()], "idempotency_key": key}
    data.update(fields)
    return data


# -- who sees what --------------------------------------------------------------------------------


def researcher_urls(world):
    """(method, url) of every researcher page of project A, its saved export and its export."""
    project = world.project
    spec = ExportSpec.objects.create(project=project, name="All", spec={}, created_by=world.researcher)
    export = new_export(project, world.researcher)
    return [
        ("get", url("project", project.pk)),
        ("get", url("project_edit", project.pk)),
        ("post", url("project_submit", project.pk)),
        ("post", url("project_reopen", project.pk)),
        ("post", url("export_new", project.pk)),
        ("post", url("spec_run", spec.pk)),
        ("get", url("export", export.pk)),
        ("post", url("export_again", export.pk)),
    ]


@pytest.mark.parametrize("who", ["other_researcher", "learner"])
def test_people_not_on_a_project_get_404_for_it_and_its_exports(client, world, dummy_tasks, who):
    rows = researcher_urls(world)
    exports_before = ResearchExport.objects.count()
    client.force_login(getattr(world, who))
    for method, address in rows:
        data = {"idempotency_key": "intruder", "instruments": [world.survey.pk], "accept_dua": "on"}
        response = getattr(client, method)(address, data) if method == "post" else client.get(address)
        assert response.status_code == 404, (method, address)
    assert ResearchExport.objects.count() == exports_before
    assert not ResearchExport.objects.filter(idempotency_key="intruder").exists()


def test_the_researcher_reaches_every_page_of_own_project(researcher_client, world):
    for method, address in researcher_urls(world):
        if method == "get":
            assert researcher_client.get(address).status_code in (200, 302), address


def test_learner_gets_404_on_the_researcher_pages(client, world):
    client.force_login(world.learner)
    assert client.get(url("projects")).status_code == 404
    assert client.get(url("project_new")).status_code == 404
    assert client.post(url("project_new"), {"title": "x"}).status_code == 404


def test_anonymous_visitors_are_sent_to_log_in(client, world):
    for address in (url("projects"), url("project", world.project.pk), url("studies")):
        response = client.get(address)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_projects_page_lists_own_projects_only(researcher_client, world, draft_project):
    response = researcher_client.get(url("projects"))
    body = response.content.decode()
    assert response.status_code == 200
    assert world.project.title in body and draft_project.title in body
    assert world.other_project.title not in body
    assert url("project_new") in body


def test_projects_page_empty_state(researcher_client, researcher):
    body = researcher_client.get(url("projects")).content.decode()
    assert "You have no research projects yet." in body and url("project_new") in body


def test_members_see_the_project_too(client, world, draft_project):
    draft_project.members.add(world.other_researcher)
    client.force_login(world.other_researcher)
    assert client.get(url("project", draft_project.pk)).status_code == 200


def test_navigation_shows_research_to_researchers_only(client, world):
    client.force_login(world.researcher)
    body = client.get(url("studies")).content.decode()
    assert f'href="{url("projects")}"' in body and f'href="{url("studies")}"' in body
    client.force_login(world.learner)
    body = client.get(url("studies")).content.decode()
    assert f'href="{url("projects")}"' not in body and f'href="{url("studies")}"' in body


# -- creating and editing a project ---------------------------------------------------------------


def project_data(survey, **fields):
    data = {
        "title": "Trust in AI",
        "investigator_name": "Dr. A. Sadykova",
        "institution": "KazNU",
        "purpose": "Legal literacy and trust.",
        "ethics_reference": "LEC 114",
        "ends_on": (timezone.localdate() + timedelta(days=30)).isoformat(),
        "instruments": [survey.pk],
        "members": "",
        "consent_kk": "Келісім",
        "consent_ru": "Согласие",
        "consent_en": "",
    }
    data.update(fields)
    return data


def test_a_researcher_creates_a_draft_with_members_and_a_consent_text(researcher_client, world):
    data = project_data(world.survey, members=f"{world.other_researcher.email.upper()}, ", requests_free_text="on")
    response = researcher_client.post(url("project_new"), data)
    project = ResearchProject.objects.get(title="Trust in AI")
    assert response.status_code == 302 and response["Location"] == project.get_absolute_url()
    assert project.status == ResearchProject.Status.DRAFT
    assert project.principal_investigator == world.researcher
    assert list(project.members.all()) == [world.other_researcher]
    assert list(project.instruments.all()) == [world.survey]
    assert project.requests_free_text and not project.free_text_approved
    text = project.current_consent_text()
    assert (text.version, text.text_kk, text.text_ru) == (1, "Келісім", "Согласие")


def test_the_project_form_names_every_problem_and_creates_nothing(researcher_client, world):
    data = project_data(
        world.survey,
        members=f"nobody@example.kz\n{world.learner.email}; {world.other_researcher.email}",
        ends_on=timezone.localdate().isoformat(),
        instruments=[],
        consent_kk="",
    )
    response = researcher_client.post(url("project_new"), data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "nobody@example.kz" in errors["members"][0] and world.learner.email in errors["members"][0]
    assert world.other_researcher.email not in errors["members"][0]
    assert errors["ends_on"] == ["The end date must be in the future."]
    assert errors["instruments"] == ["Choose at least one instrument."]
    assert "consent_kk" in errors
    assert not ResearchProject.objects.filter(title="Trust in AI").exists()


def test_anonymous_surveys_cannot_be_chosen(researcher_client, world):
    world.survey.anonymous = True
    world.survey.save()
    response = researcher_client.post(url("project_new"), project_data(world.survey))
    assert "instruments" in response.context["form"].errors


def test_editing_a_draft_versions_a_changed_consent_text_only(researcher_client, world, draft_project):
    edit = url("project_edit", draft_project.pk)
    page = researcher_client.get(edit)
    assert page.context["form"]["consent_kk"].value() == draft_project.current_consent_text().text_kk
    researcher_client.post(edit, project_data(world.survey, title="A draft", consent_kk="Зерттеуге келісім мәтіні."))
    researcher_client.post(edit, project_data(world.survey, title="A draft", consent_kk="Зерттеуге келісім мәтіні."))
    assert list(ConsentText.objects.filter(project=draft_project).values_list("version", flat=True)) == [2, 1]
    draft_project.refresh_from_db()
    assert draft_project.institution == "KazNU" and draft_project.ethics_reference == "LEC 114"


def test_only_a_draft_can_be_edited(researcher_client, world):
    response = researcher_client.post(url("project_edit", world.project.pk), project_data(world.survey, title="New"))
    assert response.status_code == 302 and response["Location"] == world.project.get_absolute_url()
    world.project.refresh_from_db()
    assert world.project.title == "Legal literacy and AI"
    page = researcher_client.get(url("project_edit", world.project.pk), follow=True)
    assert any("Only a draft can be changed" in message for message in messages_of(page))


# -- submitting, rejection, revising --------------------------------------------------------------


def test_submitting_needs_the_data_use_agreement(researcher_client, draft_project):
    page = researcher_client.get(url("project", draft_project.pk)).content.decode()
    assert "I accept the data use agreement" in page and "not to share the data" in page
    response = researcher_client.post(url("project_submit", draft_project.pk), {}, follow=True)
    draft_project.refresh_from_db()
    assert draft_project.status == ResearchProject.Status.DRAFT
    assert any("I accept the data use agreement" in message for message in messages_of(response))
    researcher_client.post(url("project_submit", draft_project.pk), {"accept_dua": "on"})
    again = researcher_client.post(url("project_submit", draft_project.pk), {"accept_dua": "on"}, follow=True)
    draft_project.refresh_from_db()
    assert draft_project.status == ResearchProject.Status.SUBMITTED and draft_project.dua_accepted_at
    entries = ExportAuditEntry.objects.filter(project=draft_project, action=ExportAuditEntry.Action.SUBMITTED)
    assert entries.count() == 1 and entries.get().detail["dua_version"] == draft_project.dua_version
    assert again.status_code == 200 and any("cannot go from" in message for message in messages_of(again))


def test_a_rejected_project_shows_the_note_and_can_be_revised(researcher_client, researcher, survey, reviewer):
    project = make_project(researcher, [survey], status="rejected", by=reviewer)
    page = researcher_client.get(url("project", project.pk)).content.decode()
    assert "Name the ethics committee." in page and url("project_reopen", project.pk) in page
    response = researcher_client.post(url("project_reopen", project.pk))
    assert response["Location"] == url("project_edit", project.pk)
    project.refresh_from_db()
    assert project.status == ResearchProject.Status.DRAFT


# -- the running project --------------------------------------------------------------------------


def test_the_running_project_page(researcher_client, world, participants):
    actions.record_consent(world.project, participants[0], granted=True)
    actions.record_consent(world.project, participants[1], granted=True)
    actions.record_consent(world.project, participants[1], granted=False)
    ExportSpec.objects.create(project=world.project, name="Trust only", spec={}, created_by=world.researcher)
    new_export(world.project, world.researcher, status=ResearchExport.Status.RUNNING, progress=40)
    response = researcher_client.get(url("project", world.project.pk))
    body = response.content.decode()
    assert response.status_code == 200
    assert response.context["agreed"] == 1 and response.context["withdrawn"] == 1
    assert "Consent text." in body and "KazNU LEC No. 114" in body
    assert url("export_new", world.project.pk) in body and 'name="idempotency_key"' in body
    assert "rs-trust" in body and "rs-apps" in body  # the questions answered so far
    assert "Trust only" in body and "Run again" in body
    assert 'aria-valuenow="40"' in body
    assert "Project approved" in body  # the audit log
    assert 'name="free_text"' not in body  # not approved for free text


def test_the_audit_log_is_paginated(researcher_client, world):
    for _n in range(60):
        ExportAuditEntry.objects.create(project=world.project, action=ExportAuditEntry.Action.DOWNLOADED)
    first = researcher_client.get(url("project", world.project.pk))
    assert len(first.context["audit_page"].object_list) == 50
    second = researcher_client.get(url("project", world.project.pk) + "?page=2")
    assert len(second.context["audit_page"].object_list) == 62 - 50  # + submitted and approved


def test_a_double_submitted_export_form_starts_one_export(researcher_client, world, dummy_tasks):
    data = export_post(world.project, key="double-1", excel_csv="on", save_as="Everything")
    first = researcher_client.post(url("export_new", world.project.pk), data)
    second = researcher_client.post(url("export_new", world.project.pk), data)
    export = ResearchExport.objects.get(project=world.project)
    assert first["Location"] == second["Location"] == export.get_absolute_url()
    assert export.status == ResearchExport.Status.QUEUED and export.requested_by == world.researcher
    assert export.spec == {"instruments": [world.survey.pk], "items": [], "free_text": False, "excel_csv": True}
    assert export.saved_spec.name == "Everything" and ExportSpec.objects.filter(project=world.project).count() == 1
    entry = ExportAuditEntry.objects.get(project=world.project, action=ExportAuditEntry.Action.REQUESTED)
    assert entry.export == export and entry.actor == world.researcher and entry.spec_hash == export.spec_hash


def test_a_token_of_another_projects_export_does_not_return_that_export(researcher_client, world, dummy_tasks):
    other = new_export(world.other_project, world.other_researcher, idempotency_key="shared-key")
    response = researcher_client.post(url("export_new", world.project.pk), export_post(world.project, key="shared-key"))
    export = ResearchExport.objects.get(project=world.project)
    assert response["Location"] == export.get_absolute_url() != other.get_absolute_url()


def test_a_saved_export_name_is_used_once_per_project(researcher_client, world, dummy_tasks):
    ExportSpec.objects.create(project=world.project, name="Everything", spec={}, created_by=world.researcher)
    response = researcher_client.post(
        url("export_new", world.project.pk), export_post(world.project, save_as="everything")
    )
    assert response.context["export_form"].errors["save_as"]
    assert not ResearchExport.objects.exists()


def test_an_export_of_chosen_questions(researcher_client, world, dummy_tasks):
    researcher_client.post(url("export_new", world.project.pk), export_post(world.project, items=["rs-trust"]))
    assert ResearchExport.objects.get(project=world.project).spec["items"] == ["rs-trust"]


def test_an_invalid_spec_shows_the_error_and_creates_nothing(researcher_client, world, participants, dummy_tasks):
    second = make_survey("research-second", keys=("rs2-a", "rs2-b"))
    answer_survey(second, participants[0])
    world.project.instruments.add(second)
    data = {"instruments": [second.pk], "items": ["rs-trust"], "idempotency_key": "bad-1", "save_as": "Broken"}
    response = researcher_client.post(url("export_new", world.project.pk), data)
    assert response.status_code == 200
    assert "Questions rs-trust were not answered in the chosen instruments." in response.content.decode()
    assert not ResearchExport.objects.exists() and not ExportSpec.objects.exists()
    assert not ExportAuditEntry.objects.filter(action=ExportAuditEntry.Action.REQUESTED).exists()


def test_a_form_error_keeps_the_choices(researcher_client, world, dummy_tasks):
    response = researcher_client.post(url("export_new", world.project.pk), {"idempotency_key": "k", "instruments": []})
    assert response.context["export_form"].errors["instruments"] == ["Choose at least one instrument."]
    assert not ResearchExport.objects.exists()


def test_no_export_after_the_end_date(researcher_client, world, dummy_tasks):
    ResearchProject.objects.filter(pk=world.project.pk).update(ends_on=timezone.localdate() - timedelta(days=1))
    response = researcher_client.post(url("export_new", world.project.pk), export_post(world.project), follow=True)
    assert any("no new exports" in message for message in messages_of(response))
    assert not ResearchExport.objects.exists()
    assert "export_form" not in response.context


def test_no_export_before_approval(researcher_client, world, draft_project, dummy_tasks):
    response = researcher_client.post(url("export_new", draft_project.pk), export_post(draft_project), follow=True)
    assert any("not approved yet" in message for message in messages_of(response))
    assert not ResearchExport.objects.exists()


def test_a_saved_export_runs_again(researcher_client, world, dummy_tasks):
    spec = ExportSpec.objects.create(
        project=world.project,
        name="Trust",
        spec={"instruments": [world.survey.pk], "items": ["rs-trust"], "free_text": False, "excel_csv": False},
        created_by=world.researcher,
    )
    for _n in range(2):
        response = researcher_client.post(url("spec_run", spec.pk), {"idempotency_key": "run-1"})
    export = ResearchExport.objects.get()
    assert response["Location"] == export.get_absolute_url()
    assert export.saved_spec == spec and export.spec["items"] == ["rs-trust"]


# -- the export page ------------------------------------------------------------------------------


def test_a_running_export_shows_its_progress_and_refreshes(researcher_client, world):
    export = new_export(
        world.project, world.researcher, status=ResearchExport.Status.RUNNING, progress=35, step="Scores"
    )
    body = researcher_client.get(url("export", export.pk)).content.decode()
    assert '<meta http-equiv="refresh" content="3">' in body
    assert 'aria-valuenow="35"' in body and "width: 35%" in body and "Scores" in body


def test_a_finished_export_offers_its_signed_download(researcher_client, world, settings, tmp_path):
    settings.SAUAT_RESEARCH_EXPORT_ROOT = tmp_path
    data = b"PK package"
    (tmp_path / "pkg.zip").write_bytes(data)
    export = new_export(
        world.project,
        world.researcher,
        status=ResearchExport.Status.DONE,
        file_name="pkg.zip",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        counts={"participants": 3, "responses": 6, "withdrawn": 1, "suppressed_cells": 2},
        finished_at=timezone.now(),
        expires_at=timezone.now() + timedelta(days=30),
    )
    response = researcher_client.get(url("export", export.pk))
    body = response.content.decode()
    assert "refresh" not in body
    assert export.sha256 in body and "Participants: 3" in body and "suppressed_cells: 2" in body
    assert f"expires after {settings.SAUAT_RESEARCH_LINK_HOURS} hours" in body
    download = response.context["download_url"]
    assert download.startswith("/research/download/") and f'href="{download}"' in body
    assert access.export_for_token(world.researcher, download.rsplit("/", 1)[1]) == export
    file = researcher_client.get(download)
    assert file.status_code == 200 and b"".join(file.streaming_content) == data
    assert ExportAuditEntry.objects.filter(export=export, action=ExportAuditEntry.Action.DOWNLOADED).count() == 1


def test_a_failed_export_says_so_plainly(researcher_client, world):
    export = new_export(
        world.project,
        world.researcher,
        status=ResearchExport.Status.FAILED,
        failure="k-anonymity could not be reached\nTraceback (most recent call last):\n  File x",
    )
    body = researcher_client.get(url("export", export.pk)).content.decode()
    assert "The package could not be built." in body and "k-anonymity could not be reached" in body
    assert "Traceback" not in body and "refresh" not in body


def test_an_expired_export_offers_to_run_again(researcher_client, world, dummy_tasks):
    export = new_export(world.project, world.researcher, status=ResearchExport.Status.EXPIRED)
    body = researcher_client.get(url("export", export.pk)).content.decode()
    assert "deleted under the retention rule" in body and url("export_again", export.pk) in body
    response = researcher_client.post(url("export_again", export.pk), {"idempotency_key": "again-1"})
    rerun = ResearchExport.objects.exclude(pk=export.pk).get()
    assert response["Location"] == rerun.get_absolute_url() and rerun.spec == export.spec


# -- participants ---------------------------------------------------------------------------------


def test_studies_page_lists_running_studies_with_the_decision(client, world, draft_project):
    client.force_login(world.learner)
    actions.record_consent(world.project, world.learner, granted=True)
    response = client.get(url("studies"))
    body = response.content.decode()
    assert world.project.title in body and world.other_project.title in body
    assert draft_project.title not in body
    assert "You take part" in body and "Not decided" in body


def test_studies_page_empty_state(learner_client):
    assert "No research studies are open at the moment." in learner_client.get(url("studies")).content.decode()


def test_the_study_page_states_what_the_consent_covers(client, world, settings):
    settings.SAUAT_OPERATOR_NAME = "Sauat LLP"
    settings.SAUAT_OPERATOR_BIN = "123456789012"
    ResearchProject.objects.filter(pk=world.project.pk).update(cross_border=True)
    response = client.get(url("study", world.project.pk))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Sauat LLP (BIN 123456789012)" in body and "KazNU" in body
    assert "Yes: researchers outside Kazakhstan receive the data." in body
    assert "AI and rights" in body and "Never your name, e-mail address or IIN." in body
    assert "Consent text." in body and "Version 1" in body
    assert "/accounts/login/?next=" in body and 'name="decision"' not in body


def test_a_study_that_is_not_running_is_not_found(client, world, draft_project):
    assert client.get(url("study", draft_project.pk)).status_code == 404
    ResearchProject.objects.filter(pk=world.project.pk).update(ends_on=timezone.localdate() - timedelta(days=1))
    assert client.get(url("study", world.project.pk)).status_code == 404


def test_agreeing_twice_records_one_decision_and_withdrawing_another(learner_client, world):
    consent = url("study_consent", world.project.pk)
    first = learner_client.post(consent, {"decision": "agree"}, follow=True)
    learner_client.post(consent, {"decision": "agree"})
    rows = ResearchConsent.objects.filter(project=world.project, user=world.learner)
    assert rows.count() == 1
    row = rows.get()
    assert row.granted and row.text_version == 1 and row.language == "en"
    assert any("you take part in this study" in message for message in messages_of(first))
    page = first.content.decode()
    assert "Withdraw my consent" in page
    withdrawn = learner_client.post(consent, {"decision": "withdraw"}, follow=True)
    learner_client.post(consent, {"decision": "withdraw"})
    assert list(rows.order_by("recorded_at", "pk").values_list("granted", flat=True)) == [True, False]
    assert any("Your consent is withdrawn" in message for message in messages_of(withdrawn))
    assert world.learner.pk not in set(world.project.consented_user_ids())


def test_a_consent_decision_in_kazakh_is_recorded_with_its_language(client, world):
    client.force_login(world.learner)
    client.post(url("study_consent", world.project.pk, language="kk"), {"decision": "agree"})
    assert ResearchConsent.objects.get(user=world.learner).language == "kk"


def test_anonymous_visitors_cannot_decide(client, world):
    response = client.post(url("study_consent", world.project.pk), {"decision": "agree"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not ResearchConsent.objects.exists()


# -- languages ------------------------------------------------------------------------------------

TRANSLATED = {
    "kk": {"projects": "Менің зерттеу жобаларым", "study": "Сіз неге келісесіз", "studies": "Ғылыми зерттеулер"},
    "ru": {
        "projects": "Мои исследовательские проекты",
        "study": "На что вы соглашаетесь",
        "studies": "Научные исследования",
    },
    "en": {"projects": "My research projects", "study": "What you agree to", "studies": "Research studies"},
}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_pages_render_in_every_language(client, world, language):
    client.force_login(world.researcher)
    export = new_export(world.project, world.researcher, status=ResearchExport.Status.QUEUED)
    words = TRANSLATED[language]
    pages = {
        "projects": url("projects", language=language),
        "study": url("study", world.project.pk, language=language),
        "studies": url("studies", language=language),
    }
    for key, address in pages.items():
        response = client.get(address)
        assert response.status_code == 200, address
        assert words[key] in response.content.decode(), (language, key)
    for address in (
        url("project", world.project.pk, language=language),
        url("project_new", language=language),
        url("export", export.pk, language=language),
    ):
        assert client.get(address).status_code == 200, address
    nav = {"kk": "Зерттеу жобалары</a>", "ru": "Исследовательские проекты</a>", "en": "Research</a>"}
    assert nav[language] in client.get(url("studies", language=language)).content.decode()
    consent = client.get(url("study", world.project.pk, language=language)).content.decode()
    expected = {"kk": "Зерттеуге келісім мәтіні.", "ru": "Текст согласия на исследование.", "en": "Consent text."}
    assert expected[language] in consent
