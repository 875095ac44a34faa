"""Optional age group and gender on accounts.User: consent-gated, erased with the consent, exported."""

import pytest

from accounts.consent import CONSENT_TEXTS
from accounts.models import ConsentRecord

pytestmark = pytest.mark.django_db

PROFILE = {"display_name": "A", "preferred_language": "kk", "age_band": "25-34", "gender": "female"}


def test_age_band_and_gender_need_the_demographics_consent(learner_client, learner):
    response = learner_client.post("/en/accounts/profile/", PROFILE)
    assert response.status_code == 200 and "consent" in response.content.decode()
    learner.refresh_from_db()
    assert learner.age_band == "" and learner.gender == ""
    learner_client.post("/en/accounts/profile/", {**PROFILE, "demographics_consent": "on"})
    learner.refresh_from_db()
    assert (learner.age_band, learner.gender) == ("25-34", "female")


def test_withdrawing_consent_erases_age_band_and_gender(learner_client, learner):
    learner_client.post("/en/accounts/profile/", {**PROFILE, "demographics_consent": "on"})
    learner_client.post("/en/accounts/profile/", {"preferred_language": "kk"})
    learner.refresh_from_db()
    assert learner.age_band == "" and learner.gender == ""
    assert not learner.has_consent(ConsentRecord.Purpose.DEMOGRAPHICS)


def test_bad_choice_is_rejected(learner_client, learner):
    response = learner_client.post("/en/accounts/profile/", {**PROFILE, "age_band": "12", "demographics_consent": "on"})
    assert response.status_code == 200
    learner.refresh_from_db()
    assert learner.age_band == ""


def test_my_data_export_lists_them(learner_client, learner):
    learner_client.post("/en/accounts/profile/", {**PROFILE, "demographics_consent": "on"})
    data = learner_client.get("/en/accounts/profile/my-data.json").json()
    assert data["account"]["age_band"] == "25-34" and data["account"]["gender"] == "female"


@pytest.mark.parametrize(
    ("language", "word"), [("kk", "жас тобымды"), ("ru", "возрастную группу"), ("en", "age group")]
)
def test_the_consent_text_names_the_new_data_in_each_language(client, language, word):
    from django.utils import translation

    with translation.override(language):
        assert word in str(CONSENT_TEXTS[ConsentRecord.Purpose.DEMOGRAPHICS]["text"])
    assert CONSENT_TEXTS[ConsentRecord.Purpose.DEMOGRAPHICS]["version"] == "2026-12-04"


def test_profile_page_shows_the_fields_in_russian(learner_client):
    page = learner_client.get("/ru/accounts/profile/").content.decode()
    assert 'name="age_band"' in page and 'name="gender"' in page and "Возрастная группа" in page
