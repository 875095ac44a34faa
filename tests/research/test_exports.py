"""Export jobs end to end: request, background run, audit, API, signed download, failure, retention.

Built on the demo's consumer-rights pre-/post-tests (loaded once per test database): the demo's
generated learners consent here, so the package has real attempts in it.
"""

import io
import zipfile
from datetime import timedelta

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from accounts.models import User
from quizzes.models import Assessment
from research import access, actions
from research.models import ExportAuditEntry, ResearchConsent, ResearchExport, ResearchProject

API = "/api/v1/research"


def researcher(email):
    user = User.objects.create_user(email=email, password="x")
    user.groups.add(Group.objects.get(name=roles.RESEARCHERS))
    return user


def project_for(pi, *, approve=True, consenting=60):
    project = ResearchProject.objects.create(
        title=f"Project of {pi.email}",
        principal_investigator=pi,
        investigator_name="PI",
        institution="KazNU",
        purpose="Gains.",
        ethics_reference="LEC-2",
        ends_on=timezone.localdate() + timedelta(days=60),
    )
    tests = Assessment.objects.filter(kind__in=["pre_test", "post_test"], course__slug="consumer-rights")
    project.instruments.set(tests)
    actions.save_consent_text(project, text_kk="Келісемін.")
    actions.submit_project(project, by=pi)
    if approve:
        admin = User.objects.filter(is_superuser=True).first() or User.objects.create_superuser("root@x.kz", "x")
        actions.approve_project(project, by=admin)
        learners = User.objects.filter(email__endswith="@learners.analytics.sauat.test").order_by("pk")[:consenting]
        ResearchConsent.objects.bulk_create(
            [ResearchConsent(project=project, user=user, text_version=1, granted=True) for user in learners]
        )
    return project


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Tests run in a transaction: ``with committed():`` runs the on-commit hooks (the job is queued on
    commit; the immediate task backend then builds the package) when the block ends."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def export_root(settings, tmp_path):
    settings.SAUAT_RESEARCH_EXPORT_ROOT = tmp_path / "exports"
    return settings.SAUAT_RESEARCH_EXPORT_ROOT


@pytest.fixture
def alice(db):
    return researcher("alice@uni.kz")


@pytest.fixture
def bob(db):
    return researcher("bob@uni.kz")


def test_an_export_runs_in_the_background_and_is_audited(alice, export_root, committed):
    project = project_for(alice)
    with committed():
        export, created = actions.request_export(project, alice, {})
    assert created
    export.refresh_from_db()
    assert export.status == ResearchExport.Status.DONE
    assert export.progress == 100
    path = export_root / export.file_name
    assert path.exists() and path.stat().st_size == export.size
    assert export.counts["participants"] > 0
    assert export.expires_at <= timezone.now() + timedelta(days=30, minutes=1)
    actions_logged = list(
        ExportAuditEntry.objects.filter(export=export).order_by("pk").values_list("action", flat=True)
    )
    assert actions_logged == ["requested", "completed"]
    completed = ExportAuditEntry.objects.get(export=export, action="completed")
    assert completed.rows == export.counts["participants"] and completed.spec_hash == export.spec_hash
    with zipfile.ZipFile(path) as archive:
        assert "data/gains.csv" in archive.namelist()


def test_api_starts_an_export_once_per_idempotency_key_and_reports_its_state(alice, export_root, client, committed):
    project = project_for(alice)
    client.force_login(alice)
    body = {"project": project.pk, "spec": {"excel_csv": True}, "idempotency_key": "retry-1"}
    with committed():
        first = client.post(f"{API}/exports", body, content_type="application/json")
    assert first.status_code == 202, first.content
    again = client.post(f"{API}/exports", body, content_type="application/json")
    assert again.status_code == 200 and again.json()["id"] == first.json()["id"]
    assert ResearchExport.objects.filter(project=project).count() == 1
    state = client.get(f"{API}/exports/{first.json()['id']}").json()
    assert state["status"] == "done" and state["progress"] == 100 and state["spec"]["excel_csv"] is True
    download = client.get(state["download_url"])
    assert download.status_code == 200
    data = b"".join(download.streaming_content)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert any(name.endswith("_excel.csv") for name in archive.namelist())
    assert download["Cache-Control"] == "private, no-store"
    assert ExportAuditEntry.objects.filter(action="downloaded", actor=alice).count() == 1
    listed = client.get(f"{API}/exports", {"project": project.pk}).json()
    assert [row["id"] for row in listed] == [first.json()["id"]]


def test_a_researcher_of_project_a_gets_404_for_project_b(alice, bob, export_root, client):
    project_a = project_for(alice)
    project_b = project_for(bob)
    export_b, _created = actions.request_export(project_b, bob, {})
    client.force_login(alice)
    assert client.get(f"{API}/exports/{export_b.pk}").status_code == 404
    assert client.get(f"{API}/exports", {"project": project_b.pk}).status_code == 404
    response = client.post(f"{API}/exports", {"project": project_b.pk}, content_type="application/json")
    assert response.status_code == 404
    assert ResearchExport.objects.filter(project=project_b).count() == 1
    assert [row["id"] for row in client.get(f"{API}/projects").json()] == [project_a.pk]
    # Bob's signed link does not work for Alice, and neither does a link Alice signs for Bob's export.
    link_for_bob = reverse("research_download", args=[access.download_token(export_b, bob)])
    assert client.get(link_for_bob).status_code == 404
    export_b.refresh_from_db()
    assert client.get(reverse("research_download", args=[access.download_token(export_b, alice)])).status_code == 404
    assert not ExportAuditEntry.objects.filter(action="downloaded").exists()


def test_a_learner_and_an_anonymous_visitor_get_nothing(alice, export_root, client, learner):
    project = project_for(alice)
    export, _created = actions.request_export(project, alice, {})
    assert client.get(f"{API}/projects").status_code == 401
    client.force_login(learner)
    assert client.get(f"{API}/projects").json() == []
    assert client.get(f"{API}/exports/{export.pk}").status_code == 404
    assert client.get(f"{API}/exports/not-a-uuid").status_code == 404


def test_download_links_expire_and_work_with_a_bearer_token(alice, export_root, client, settings, committed):
    from wagtail.models import APIToken

    project = project_for(alice)
    with committed():
        export, _created = actions.request_export(project, alice, {})
    export.refresh_from_db()
    link = reverse("research_download", args=[access.download_token(export, alice)])
    _token, raw = APIToken.create_token(user=alice, name="cli")
    response = client.get(link, HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert response.status_code == 200
    assert response["X-Content-SHA256"] == export.sha256
    settings.SAUAT_RESEARCH_LINK_HOURS = -1  # every link is now older than its lifetime
    assert client.get(link, HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 404
    assert client.get(link[:-3] + "xyz", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 404


def test_a_project_that_is_not_approved_cannot_export(alice, export_root, client):
    project = project_for(alice, approve=False)
    client.force_login(alice)
    response = client.post(
        f"{API}/exports", {"project": project.pk}, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 409
    assert "not approved" in response.json()["message"]
    assert not ResearchExport.objects.exists()


def test_a_project_past_its_end_date_cannot_export(alice, export_root, client):
    project = project_for(alice)
    ResearchProject.objects.filter(pk=project.pk).update(ends_on=timezone.localdate() - timedelta(days=1))
    client.force_login(alice)
    response = client.post(f"{API}/exports", {"project": project.pk}, content_type="application/json")
    assert response.status_code == 409
    assert actions.close_ended_projects() == 1
    project.refresh_from_db()
    assert project.status == ResearchProject.Status.CLOSED


@pytest.mark.parametrize(
    "spec",
    [
        {"instruments": [999999]},
        {"items": ["no-such-question"]},
        {"free_text": True},
        {"instruments": "all"},
    ],
)
def test_a_bad_spec_is_refused_with_a_clear_message_and_creates_nothing(alice, export_root, client, spec):
    project = project_for(alice, consenting=5)
    client.force_login(alice)
    response = client.post(f"{API}/exports", {"project": project.pk, "spec": spec}, content_type="application/json")
    assert response.status_code == 422
    assert response.json()["message"]
    assert not ResearchExport.objects.exists()
    assert not ExportAuditEntry.objects.filter(action="requested").exists()


def test_a_failed_build_leaves_no_file_and_is_audited(alice, settings, tmp_path, committed):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    settings.SAUAT_RESEARCH_EXPORT_ROOT = blocker / "exports"  # cannot be created: the write fails
    project = project_for(alice, consenting=10)
    with committed():
        export, _created = actions.request_export(project, alice, {})
    export.refresh_from_db()
    assert export.status == ResearchExport.Status.FAILED
    assert export.failure and not export.file_name
    assert not export.is_downloadable
    assert ExportAuditEntry.objects.filter(export=export, action="failed").exists()
    assert list(tmp_path.iterdir()) == [blocker]


def test_a_second_worker_does_not_build_the_same_export_again(alice, export_root, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    project = project_for(alice, consenting=10)
    export, _created = actions.request_export(project, alice, {})
    assert export.status == ResearchExport.Status.QUEUED
    first = actions.run_export(export.pk)
    second = actions.run_export(export.pk)
    assert first.status == second.status == ResearchExport.Status.DONE
    assert ExportAuditEntry.objects.filter(export=export, action="completed").count() == 1


def test_packages_are_deleted_after_the_retention_period(alice, export_root, committed):
    project = project_for(alice, consenting=10)
    with committed():
        export, _created = actions.request_export(project, alice, {})
    export.refresh_from_db()
    path = export_root / export.file_name
    assert path.exists()
    assert actions.prune_exports() == 0
    assert actions.prune_exports(now=export.expires_at + timedelta(seconds=1)) == 1
    export.refresh_from_db()
    assert export.status == ResearchExport.Status.EXPIRED and not path.exists()
    assert ExportAuditEntry.objects.filter(export=export, action="expired").exists()
    assert actions.prune_exports(now=export.expires_at + timedelta(days=1)) == 0


def test_consent_is_in_download_my_data_and_goes_with_the_account(alice, learner):
    from accounts.personal_data import export_for

    project = project_for(alice, consenting=0)
    actions.record_consent(project, learner, granted=True, language="ru")
    data = export_for(learner)["research"]["consents"]
    assert data == [
        {
            "project": project.title,
            "institution": "KazNU",
            "consent_version": 1,
            "agreed": True,
            "recorded_at": data[0]["recorded_at"],
        }
    ]
    learner.delete()
    assert not ResearchConsent.objects.filter(project=project).exists()


def test_agreeing_twice_records_one_decision_and_withdrawal_is_kept(alice, learner):
    project = project_for(alice, consenting=0)
    first, created = actions.record_consent(project, learner, granted=True)
    again, created_again = actions.record_consent(project, learner, granted=True)
    assert created and not created_again and first.pk == again.pk
    withdrawn, created = actions.record_consent(project, learner, granted=False)
    assert created and not withdrawn.granted
    assert ResearchConsent.objects.filter(project=project, user=learner).count() == 2
    assert learner.pk not in set(project.consented_user_ids())
