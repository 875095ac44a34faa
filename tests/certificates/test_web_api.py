"""Pages and API: my certificates, downloads (only one's own), the public verify page and API (rate-limited,
no personal data beyond the printed name), admin revoke/re-issue/issue, personal-data export, demo."""

import re

import pytest

from django.core.management import call_command

from accounts import personal_data
from certificates import actions
from certificates.models import Certificate
from tests.conftest import course, make_user

from .conftest import issue

pytestmark = pytest.mark.django_db


def test_my_certificates_page_lists_and_offers_downloads(certificate, learner, learner_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    learner_client.get("/kk/learning/certificates/")  # warms the menu and site caches
    with CaptureQueriesContext(connection) as one:
        learner_client.get("/kk/learning/certificates/")
    for slug in ("free-legal-aid", "personal-data-and-ai"):
        issue(learner, course("kk", slug))
    with CaptureQueriesContext(connection) as three:
        response = learner_client.get("/kk/learning/certificates/?lang=kk%2Bru")
    assert len(three) == len(one) <= 8  # the list costs the same number of queries for 1 or 3 certificates
    html = response.content.decode()
    assert response.status_code == 200
    assert certificate.course_title_kk in html and "Айгүл" in html
    assert f"/kk/learning/certificates/{certificate.public_id}/pdf/?lang=kk%2Bru" in html
    assert f"/kk/learning/certificates/{certificate.public_id}/credential/" in html
    assert 'value="kk+ru" selected' in html


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_my_certificates_page_in_each_language(certificate, learner_client, language):
    html = learner_client.get(f"/{language}/learning/certificates/").content.decode()
    assert certificate.course_title(language) in html
    assert f'lang="{language}"' in html


def test_my_learning_links_to_my_certificates(learner_client):
    assert "/kk/learning/certificates/" in learner_client.get("/kk/learning/").content.decode()


def test_empty_list(learner_client):
    html = learner_client.get("/en/learning/certificates/").content.decode()
    assert "You have no certificates yet" in html


def test_owner_downloads_pdf_and_credential(certificate, learner_client):
    pdf = learner_client.get(f"/kk/learning/certificates/{certificate.public_id}/pdf/?lang=ru")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF") and "-ru.pdf" in pdf["Content-Disposition"]
    credential = learner_client.get(f"/kk/learning/certificates/{certificate.public_id}/credential/")
    assert credential.content.decode() == certificate.credential


def test_another_learner_gets_404_for_my_pdf(certificate, client, other_learner):
    client.force_login(other_learner)
    for url in (
        f"/kk/learning/certificates/{certificate.public_id}/pdf/",
        f"/kk/learning/certificates/{certificate.public_id}/credential/",
        f"/api/v1/me/certificates/{certificate.public_id}/pdf",
        f"/api/v1/me/certificates/{certificate.public_id}/credential",
    ):
        assert client.get(url).status_code == 404, url
    assert client.get("/api/v1/me/certificates").json() == []


def test_anonymous_must_log_in(certificate, client):
    assert client.get(f"/kk/learning/certificates/{certificate.public_id}/pdf/").status_code == 302
    assert client.get("/api/v1/me/certificates").status_code == 401


def test_api_lists_my_certificates_and_downloads_pdf(certificate, learner_client, token, client):
    rows = client.get("/api/v1/me/certificates?lang=en", headers={"Authorization": f"Bearer {token}"}).json()
    assert [row["id"] for row in rows] == [certificate.public_id]
    assert rows[0]["course"] == certificate.course_title_en and rows[0]["status"] == "valid"
    assert rows[0]["verify_url"] == f"https://sauat.test/verify/{certificate.public_id}"
    pdf = learner_client.get(f"/api/v1/me/certificates/{certificate.public_id}/pdf?lang=kk%2Bru")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    bad = learner_client.get(f"/api/v1/me/certificates/{certificate.public_id}/pdf?lang=de")
    assert bad.status_code == 422 and "lang" in bad.json()["message"]


def test_verify_page_shows_only_what_it_should(certificate, client):
    html = client.get(f"/verify/{certificate.public_id}", HTTP_ACCEPT_LANGUAGE="kk").content.decode()
    assert "Айгүл" in html and certificate.course_title_kk in html
    assert certificate.issued_at.strftime("%d.%m.%Y") in html and "did:web:sauat.test" in html
    assert "badge-ok" in html
    assert certificate.user.email not in html and "aigul" not in html.lower()  # no e-mail or other PII


def test_verify_api(certificate, client):
    body = client.get(f"/api/v1/certificates/{certificate.public_id}/verify?lang=ru").json()
    assert body == {
        "id": certificate.public_id,
        "status": "valid",
        "holder_name": "Айгүл",
        "course": certificate.course_title_ru,
        "issued_on": certificate.issued_at.date().isoformat(),
        "expires_on": None,
        "issuer": "Sauat",
        "issuer_id": "did:web:sauat.test",
        "signature_valid": True,
    }


def test_revoked_shows_revoked_on_the_page_and_in_the_api(certificate, client):
    actions.revoke(certificate, reason="Issued by mistake", by=None)
    html = client.get(f"/verify/{certificate.public_id}").content.decode()
    assert "badge-no" in html and "badge-ok" not in html
    assert client.get(f"/api/v1/certificates/{certificate.public_id}/verify").json()["status"] == "revoked"
    assert "Issued by mistake" not in html  # the reason is for staff


def test_unknown_ids_are_not_found(client):
    assert client.get("/api/v1/certificates/AAAAAAAAAAAAAAAAAAAAAA/verify").status_code == 404
    assert client.get("/verify/AAAAAAAAAAAAAAAAAAAAAA", follow=True).status_code == 404


def test_public_ids_are_128_bit_random(learner, consumer_course):
    ids = {Certificate(user=learner, course_key=consumer_course.translation_key).public_id for _ in range(2000)}
    assert len(ids) == 2000
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{22}", value) for value in ids)


def test_verify_lookups_are_rate_limited(certificate, client, settings):
    settings.SAUAT_CERT_VERIFY_RATE = (3, 60)
    for _ in range(3):
        assert client.get(f"/api/v1/certificates/{certificate.public_id}/verify").status_code == 200
    limited = client.get(f"/api/v1/certificates/{certificate.public_id}/verify")
    assert limited.status_code == 429 and "Too many" in limited.json()["message"]
    assert client.get(f"/verify/{certificate.public_id}").status_code == 429
    other = client.get(f"/api/v1/certificates/{certificate.public_id}/verify", REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 200  # the limit is per client


def test_public_credential_download(certificate, client):
    assert client.get(f"/verify/{certificate.public_id}/credential.jwt").content.decode() == certificate.credential


def test_personal_data_export_includes_certificates(certificate, learner):
    exported = personal_data.export_for(learner)["certificates"]
    assert exported[0]["id"] == certificate.public_id and exported[0]["name_as_printed"] == "Айгүл"


# -- admin --------------------------------------------------------------------------------------------


@pytest.fixture
def admin_client(client):
    client.force_login(make_user("admin@example.kz", is_staff=True, is_superuser=True))
    return client


def test_admin_revoke_needs_a_reason(certificate, admin_client):
    url = f"/admin/certificates/{certificate.pk}/revoke/"
    assert admin_client.post(url, {"reason": ""}).status_code == 200
    certificate.refresh_from_db()
    assert certificate.status == "valid"
    assert admin_client.post(url, {"reason": "Plagiarism"}).status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == "revoked" and certificate.revocation_reason == "Plagiarism"
    assert certificate.revoked_by.email == "admin@example.kz"


def test_admin_reissue_and_list(certificate, admin_client):
    admin_client.post(f"/admin/certificates/{certificate.pk}/reissue/", {"holder_name": "Айгүл Серікқызы"})
    assert Certificate.objects.valid().get().holder_name == "Айгүл Серікқызы"
    html = admin_client.get("/admin/certificates/issued/").content.decode()
    assert "Айгүл Серікқызы" in html and "/revoke/" in html


def test_admin_bulk_issue_for_a_cohort(admin_client, learner, consumer_course):
    from certificates.models import CompletionRule
    from courses.actions import complete_lesson

    for lesson in consumer_course.lessons():
        complete_lesson(learner, lesson, course=consumer_course)
    rule = CompletionRule.objects.get(course_key=consumer_course.translation_key)
    response = admin_client.post("/admin/certificates/issue/", {"rule": rule.pk, "mode": "completed"})
    assert response.status_code == 302
    assert Certificate.objects.get().user == learner
    bad = admin_client.post("/admin/certificates/issue/", {"rule": rule.pk, "mode": "one", "email": "no@x.kz"})
    assert bad.status_code == 200 and Certificate.objects.count() == 1


def test_staff_without_permission_cannot_revoke(certificate, client):
    editor = make_user("editor@example.kz", is_staff=True)
    client.force_login(editor)
    assert client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "x"}).status_code in (302, 403)
    certificate.refresh_from_db()
    assert certificate.status == "valid"


def test_load_demo_gives_the_demo_learner_a_certificate_once():
    call_command("load_demo", "--allow-users-without-debug")
    call_command("load_demo", "--allow-users-without-debug")
    certificate = Certificate.objects.get(user__email="learner@sauat.test")
    assert certificate.status == "valid" and certificate.holder_name == "Айгүл Learner"
    assert certificate.issued_by is None


def test_other_learners_certificates_do_not_leak_into_my_list(certificate, other_learner, consumer_course, client):
    issue(other_learner, consumer_course)
    client.force_login(other_learner)
    html = client.get("/kk/learning/certificates/").content.decode()
    assert "Болат" in html and "Айгүл" not in html


@pytest.mark.parametrize(
    "url",
    [
        "/admin/snippets/certificates/certificatetemplate/",
        "/admin/snippets/certificates/certificatetemplate/add/",
        "/admin/certificates/rules/",
        "/admin/certificates/rules/new/",
        "/admin/certificates/issued/",
        "/admin/certificates/issue/",
    ],
)
def test_admin_screens_open(admin_client, certificate, url):
    assert admin_client.get(url).status_code == 200


def test_university_staff_may_revoke(certificate, client):
    from django.contrib.auth.models import Group

    from accounts import roles

    staff = make_user("uni@example.kz", is_staff=True)
    staff.groups.add(Group.objects.get(name=roles.UNIVERSITY_STAFF))
    client.force_login(staff)
    assert client.get("/admin/certificates/issued/").status_code == 200
    assert client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "Wrong course"}).status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == "revoked" and certificate.revoked_by == staff
