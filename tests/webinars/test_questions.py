"""Questions in advance: registrants ask, others upvote once, the host (or an organiser) moderates."""

import pytest

from django.contrib.auth.models import Group
from django.db import IntegrityError

from accounts import roles
from tests.conftest import make_user
from webinars import actions
from webinars.exceptions import WebinarError
from webinars.models import Question, QuestionVote

pytestmark = pytest.mark.django_db


@pytest.fixture
def asked(hosted_webinar, learner):
    actions.register(learner, hosted_webinar)
    return actions.ask_question(learner, hosted_webinar, "Адвокатқа ақы төлеу керек пе?")


def test_registrant_sends_a_question_that_waits_for_moderation(learner_client, learner, hosted_webinar):
    actions.register(learner, hosted_webinar)
    response = learner_client.post(
        f"/en/learning/webinars/{hosted_webinar.pk}/questions/", {"text": "Who pays?"}, follow=True
    )
    assert "Your question is sent" in response.content.decode()
    question = Question.objects.get()
    assert question.status == "pending" and question.user == learner
    assert "Who pays?" in learner_client.get(hosted_webinar.url).content.decode()  # the author sees it


def test_non_registrant_cannot_send_a_question(client, other_learner, hosted_webinar):
    client.force_login(other_learner)
    client.post(f"/en/learning/webinars/{hosted_webinar.pk}/questions/", {"text": "Sneaky?"})
    assert not Question.objects.exists()


def test_pending_question_is_hidden_from_others_until_the_host_approves(client, asked, host, other_learner):
    client.force_login(other_learner)
    assert asked.text not in client.get(asked.webinar.url).content.decode()
    client.force_login(host)
    assert asked.text in client.get(asked.webinar.url).content.decode()  # the host sees everything
    client.post(f"/en/learning/webinars/questions/{asked.pk}/moderate/", {"status": "approved"})
    asked.refresh_from_db()
    assert asked.status == "approved" and asked.moderated_by == host
    client.force_login(other_learner)
    assert asked.text in client.get(asked.webinar.url).content.decode()


def test_another_learner_cannot_moderate(client, asked, other_learner):
    client.force_login(other_learner)
    assert (
        client.post(f"/en/learning/webinars/questions/{asked.pk}/moderate/", {"status": "approved"}).status_code == 404
    )
    asked.refresh_from_db()
    assert asked.status == "pending"


def test_organisers_moderate_every_webinar(client, asked):
    organiser = make_user("organiser@example.kz")
    organiser.groups.add(Group.objects.get(name=roles.WEBINAR_ORGANISERS))
    client.force_login(organiser)
    client.post(f"/en/learning/webinars/questions/{asked.pk}/moderate/", {"status": "hidden"})
    asked.refresh_from_db()
    assert asked.status == "hidden"


def test_moderation_follows_the_allowed_transitions(asked, host):
    from webinars.exceptions import InvalidTransitionError

    with pytest.raises(InvalidTransitionError):
        asked.moderate(Question.Status.ANSWERED, by=host)
    asked.moderate(Question.Status.APPROVED, by=host)
    asked.moderate(Question.Status.ANSWERED, by=host)
    assert asked.status == "answered"


def test_each_registrant_upvotes_a_question_once(client, asked, host, other_learner, hosted_webinar):
    asked.moderate(Question.Status.APPROVED, by=host)
    actions.register(other_learner, hosted_webinar)
    client.force_login(other_learner)
    client.post(f"/en/learning/webinars/questions/{asked.pk}/vote/")
    client.post(f"/en/learning/webinars/questions/{asked.pk}/vote/")
    assert QuestionVote.objects.filter(question=asked).count() == 1
    assert "1 дауыс" in client.get(hosted_webinar.url).content.decode()  # the page is in Kazakh


def test_one_vote_per_person_is_a_database_constraint(asked, other_learner):
    QuestionVote.objects.create(question=asked, user=other_learner)
    with pytest.raises(IntegrityError):
        QuestionVote.objects.create(question=asked, user=other_learner)


def test_nobody_upvotes_their_own_question(asked, learner, host):
    asked.moderate(Question.Status.APPROVED, by=host)
    with pytest.raises(WebinarError):
        actions.upvote(learner, asked)


def test_non_registrant_and_pending_questions_cannot_be_upvoted(client, asked, host, other_learner, hosted_webinar):
    client.force_login(other_learner)
    asked.moderate(Question.Status.APPROVED, by=host)
    assert client.post(f"/en/learning/webinars/questions/{asked.pk}/vote/").status_code == 404  # not registered
    actions.register(other_learner, hosted_webinar)
    pending = actions.ask_question(host, hosted_webinar, "Pending one")
    assert client.post(f"/en/learning/webinars/questions/{pending.pk}/vote/").status_code == 404
    assert not QuestionVote.objects.exists()


def test_questions_are_ordered_by_votes(asked, host, hosted_webinar):
    from webinars import access

    second = actions.ask_question(host, hosted_webinar, "Second")
    for question in (asked, second):
        question.moderate(Question.Status.APPROVED, by=host)
    for voter in [make_user(f"v{i}@example.kz") for i in range(2)]:
        QuestionVote.objects.create(question=second, user=voter)
    ordered = list(access.visible_questions(None, hosted_webinar))
    assert [q.pk for q in ordered] == [second.pk, asked.pk]
    assert ordered[0].vote_count == 2
