"""POST /api/v1/tutor/ask contract, bad input, rate limits, personal data, ratings."""

import pytest

from tests.conftest import make_user
from tutor.models import QuestionLog, Rating
from universities.models import LegalClinic

pytestmark = pytest.mark.django_db
URL = "/api/v1/tutor/ask"


def post(client, body, **extra):
    return client.post(URL, body, content_type="application/json", **extra)


def test_the_contract_fields_and_types(client, clinic):
    response = post(client, {"question": "Что такое гарантийный срок?", "language": "ru"})
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {"id", "action", "language", "answer", "citations", "handover", "disclaimer"}
    assert data["action"] == "answer" and data["language"] == "ru"
    assert set(data["citations"][0]) == {"title", "url", "legal_act", "article"}
    assert data["citations"][0]["url"].startswith("/ru/")
    assert QuestionLog.objects.filter(pk=data["id"]).exists()


def test_language_is_optional_and_guessed(client):
    data = post(client, {"question": "Дербес деректер дегеніміз не?"}).json()
    assert data["language"] == "kk"


def test_escalation_lists_people_in_the_contract_shape(client, clinic):
    data = post(client, {"question": "my landlord keeps my deposit, what should I do in my case"}).json()
    assert data["action"] == "escalate"
    assert all(set(entry) == {"name", "url", "phone"} for entry in data["handover"])
    assert "1414" in {entry["phone"] for entry in data["handover"]}
    slugs = set(LegalClinic.objects.active().values_list("slug", flat=True))
    assert any(entry["url"].rstrip("/").rsplit("/clinics/", 1)[-1] in slugs for entry in data["handover"])


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"question": ""},
        {"question": "   "},
        {"question": "x" * 1001},
        {"question": "Hi", "language": "de"},
        {"question": 5},
    ],
)
def test_bad_input_is_422_and_nothing_is_logged(client, body):
    response = post(client, body)
    assert response.status_code == 422
    assert "message" in response.json()
    assert not QuestionLog.objects.exists()


def test_a_body_that_is_not_an_object_is_422(client):
    response = client.post(URL, "[1, 2]", content_type="application/json")
    assert response.status_code == 422
    assert not QuestionLog.objects.exists()


def test_an_iin_phone_and_e_mail_never_reach_the_log(client):
    question = "Мой ИИН 900101300123, телефон +7 701 123 45 67, почта aigul@mail.kz. Что такое персональные данные?"
    data = post(client, {"question": question}).json()
    log = QuestionLog.objects.get(pk=data["id"])
    for secret in ("900101300123", "701 123 45 67", "aigul@mail.kz"):
        assert secret not in log.question
        assert secret not in log.answer
    assert "[IIN]" in log.question and "[PHONE]" in log.question and "[EMAIL]" in log.question
    assert data["action"] == "answer"


def test_rate_limit_per_address(client, settings):
    settings.SAUAT_TUTOR_RATE_LIMIT = "3/h"
    codes = [post(client, {"question": "What is personal data?"}).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    assert QuestionLog.objects.count() == 3
    other_address = post(client, {"question": "What is personal data?"}, REMOTE_ADDR="10.0.0.9")
    assert other_address.status_code == 200


def test_rate_limit_per_user_across_addresses(client, learner, settings):
    settings.SAUAT_TUTOR_RATE_LIMIT = "2/h"
    client.force_login(learner)
    codes = [
        post(client, {"question": "What is personal data?"}, REMOTE_ADDR=f"10.0.0.{n}").status_code for n in range(3)
    ]
    assert codes == [200, 200, 429]


def test_the_log_is_pseudonymous_and_in_the_persons_data_export(client, learner):
    client.force_login(learner)
    data = post(client, {"question": "What is personal data?"}).json()
    log = QuestionLog.objects.get(pk=data["id"])
    from tutor.models.questions import pseudonym

    assert log.asker == pseudonym(learner) and len(log.asker) == 32
    assert learner.email not in log.asker and log.asker != str(learner.pk)
    from accounts import personal_data

    exported = personal_data.export_for(learner)["tutor_questions"]
    assert [item["question"] for item in exported] == ["What is personal data?"]
    assert personal_data.export_for(make_user("other@example.kz"))["tutor_questions"] == []


def test_deleting_the_account_deletes_its_questions(client, learner):
    client.force_login(learner)
    data = post(client, {"question": "What is personal data?"}).json()
    client.post(f"/api/v1/tutor/answers/{data['id']}/rating", {"verdict": "helpful"}, content_type="application/json")
    learner.delete()
    assert not QuestionLog.objects.filter(pk=data["id"]).exists()
    assert not Rating.objects.exists()


def test_rating_twice_keeps_one_rating_with_the_last_verdict(client):
    data = post(client, {"question": "What is personal data?"}).json()
    rate_url = f"/api/v1/tutor/answers/{data['id']}/rating"
    assert client.post(rate_url, {"verdict": "wrong"}, content_type="application/json").status_code == 200
    again = client.post(rate_url, {"verdict": "unclear"}, content_type="application/json")
    assert again.json() == {"id": data["id"], "verdict": "unclear"}
    assert list(Rating.objects.values_list("verdict", flat=True)) == ["unclear"]
    assert QuestionLog.objects.flagged().filter(pk=data["id"]).exists()


def test_nobody_else_can_rate_an_answer(client, learner, other_learner):
    client.force_login(learner)
    data = post(client, {"question": "What is personal data?"}).json()
    client.force_login(other_learner)
    rate_url = f"/api/v1/tutor/answers/{data['id']}/rating"
    assert client.post(rate_url, {"verdict": "wrong"}, content_type="application/json").status_code == 404
    client.logout()
    response = client.post(rate_url, {"verdict": "wrong"}, content_type="application/json", REMOTE_ADDR="10.1.1.1")
    assert response.status_code == 404
    assert not Rating.objects.exists()


def test_a_bad_verdict_is_422_and_stores_nothing(client):
    data = post(client, {"question": "What is personal data?"}).json()
    response = client.post(
        f"/api/v1/tutor/answers/{data['id']}/rating", {"verdict": "great"}, content_type="application/json"
    )
    assert response.status_code == 422
    assert not Rating.objects.exists()
