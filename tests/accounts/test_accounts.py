"""Sign-up with consent, profile and demographics consent, my-data download, deletion, tokens, roles."""

import json

import pytest

from django.contrib.auth.models import Group

from wagtail.models import APIToken

from accounts.models import ConsentRecord, User
from courses import actions
from courses.models import Enrollment, LessonProgress
from tests.conftest import lessons

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "dana@example.kz",
    "password1": "a-long-unusual-passphrase",
    "password2": "a-long-unusual-passphrase",
    "display_name": "Дана",
    "preferred_language": "ru",
    "accept_terms": "on",
}


def test_signup_records_terms_consent_and_language(client):
    response = client.post("/kk/accounts/signup/", SIGNUP)
    assert response.status_code == 302
    user = User.objects.get(email="dana@example.kz")
    assert user.preferred_language == "ru" and user.display_name == "Дана"
    consent = user.consents.get()
    assert consent.purpose == ConsentRecord.Purpose.TERMS and consent.granted and consent.text_version
    assert response["Location"].startswith("/ru/")


def test_signup_without_accepting_terms_is_refused_and_creates_nothing(client):
    data = {**SIGNUP, "accept_terms": ""}
    response = client.post("/en/accounts/signup/", data)
    assert response.status_code == 200
    assert "accept the terms" in response.content.decode()
    assert not User.objects.filter(email="dana@example.kz").exists()


def test_signup_pages_render_in_three_languages(client):
    for language in ["kk", "ru", "en"]:
        response = client.get(f"/{language}/accounts/signup/")
        assert response.status_code == 200 and f'lang="{language}"' in response.content.decode()


def test_demographics_need_consent(learner_client, learner):
    response = learner_client.post(
        "/en/accounts/profile/",
        {"display_name": "A", "preferred_language": "kk", "region": "turkistan", "settlement_type": "rural"},
    )
    assert response.status_code == 200
    learner.refresh_from_db()
    assert learner.region == ""
    learner_client.post(
        "/en/accounts/profile/",
        {
            "display_name": "A",
            "preferred_language": "kk",
            "region": "turkistan",
            "settlement_type": "rural",
            "demographics_consent": "on",
        },
    )
    learner.refresh_from_db()
    assert (learner.region, learner.settlement_type) == ("turkistan", "rural")
    assert learner.has_consent(ConsentRecord.Purpose.DEMOGRAPHICS)


def test_withdrawing_demographics_consent_erases_them(learner_client, learner):
    learner_client.post(
        "/en/accounts/profile/",
        {"preferred_language": "kk", "region": "astana", "settlement_type": "urban", "demographics_consent": "on"},
    )
    learner_client.post("/en/accounts/profile/", {"preferred_language": "kk"})
    learner.refresh_from_db()
    assert learner.region == "" and learner.settlement_type == ""
    assert not learner.has_consent(ConsentRecord.Purpose.DEMOGRAPHICS)
    assert learner.consents.filter(purpose=ConsentRecord.Purpose.DEMOGRAPHICS).count() == 2


def test_download_my_data(learner_client, learner):
    actions.complete_lesson(learner, lessons("kk")[0])
    response = learner_client.get("/en/accounts/profile/my-data.json")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == learner.email
    assert len(data["learning"]["enrolments"]) == 1
    assert data["learning"]["lessons"][0]["completed_at"]


def test_download_my_data_requires_login(client):
    assert client.get("/en/accounts/profile/my-data.json").status_code == 302


def test_delete_account_needs_the_password_and_removes_everything(learner_client, learner):
    actions.complete_lesson(learner, lessons("kk")[0])
    response = learner_client.post("/en/accounts/profile/delete/", {"password": "wrong"})
    assert response.status_code == 200 and User.objects.filter(pk=learner.pk).exists()
    response = learner_client.post("/en/accounts/profile/delete/", {"password": "correct-horse-battery"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=learner.pk).exists()
    assert not Enrollment.objects.exists() and not LessonProgress.objects.exists()
    assert not ConsentRecord.objects.filter(user_id=learner.pk).exists()


def test_api_token_is_shown_once_and_can_be_revoked(learner_client, learner):
    response = learner_client.post("/en/accounts/profile/api-tokens/", {"name": "my script"})
    html = response.content.decode()
    token = APIToken.objects.get(user=learner)
    assert token.prefix in html
    raw = html.split('<code class="token">')[1].split("</code>")[0]
    assert learner_client.get("/api/v1/me/profile/", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 200
    learner_client.post(f"/en/accounts/profile/api-tokens/{token.pk}/revoke/")
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_cannot_revoke_someone_elses_token(learner_client, other_learner):
    token, _raw = APIToken.create_token(user=other_learner, name="theirs")
    assert learner_client.post(f"/en/accounts/profile/api-tokens/{token.pk}/revoke/").status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_learner_cannot_open_the_admin(learner_client):
    response = learner_client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_groups_exist_with_expected_permissions():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Learners", "Editors", "Legal reviewers", "University staff", "Researchers"} <= names
    editors = Group.objects.get(name="Editors")
    assert editors.permissions.filter(codename="access_admin").exists()
    assert not editors.page_permissions.filter(permission__codename="publish_page").exists()
    reviewers = Group.objects.get(name="Legal reviewers")
    assert reviewers.page_permissions.filter(permission__codename="publish_page").exists()
