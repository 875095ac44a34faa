"""Learning events are recorded once by the real actions, after commit, pseudonymously, append-only."""

from datetime import timedelta

import pytest

from django.db import transaction
from django.utils import timezone

from analytics.models import Kind, LearningEvent
from analytics.models.events import AppendOnlyError, pseudonym_for
from courses import actions as course_actions
from quizzes import actions as quiz_actions
from quizzes.models import Assessment
from tests.conftest import course, lessons, make_user
from tests.quizzes.conftest import make_assessment, right_response, wrong_response
from tests.webinars.builders import make_webinar
from webinars import actions as webinar_actions

pytestmark = pytest.mark.django_db


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run the after-commit callbacks as a real commit would."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


def events(user, kind=None):
    qs = LearningEvent.objects.for_user(user)
    return list(qs.filter(kind=kind) if kind else qs)


def test_enrolling_records_one_event_and_enrolling_again_none(learner, course_kk, on_commit):
    with on_commit():
        course_actions.enrol(learner, course_kk)
    with on_commit():
        course_actions.enrol(learner, course("ru"))  # the same course in another language
    [event] = events(learner, Kind.ENROLLED)
    assert event.course_key == course_kk.translation_key
    assert event.language == "kk"
    assert event.registration is not None
    assert event.status == LearningEvent.ForwardingStatus.PENDING


def test_bulk_enrolment_records_one_event_per_new_learner(learner, other_learner, course_kk, on_commit):
    with on_commit():
        course_actions.enrol_many([learner, other_learner], course_kk)
    assert len(events(learner, Kind.ENROLLED)) == 1
    assert len(events(other_learner, Kind.ENROLLED)) == 1


def test_leaving_and_rejoining_records_a_second_enrolment(learner, course_kk, on_commit):
    with on_commit():
        course_actions.enrol(learner, course_kk)
    course_actions.leave(learner, course_kk)
    with on_commit():
        course_actions.enrol(learner, course_kk)
    assert len(events(learner, Kind.ENROLLED)) == 2


def test_viewing_and_completing_a_lesson(learner_client, learner, on_commit):
    lesson = lessons("ru")[0]
    with on_commit():
        assert learner_client.get(lesson.url).status_code == 200
    with on_commit():
        course_actions.complete_lesson(learner, lesson)
    with on_commit():
        course_actions.complete_lesson(learner, lesson)  # already done: no second event
    [viewed] = events(learner, Kind.LESSON_VIEWED)
    [completed] = events(learner, Kind.LESSON_COMPLETED)
    assert viewed.language == "ru"
    assert str(lesson.translation_key) in viewed.object_id
    assert completed.result == {"completion": True}
    assert completed.parent_id.endswith(str(course("ru").translation_key))


def test_anonymous_lesson_views_record_nothing(client, on_commit):
    before = LearningEvent.objects.count()
    with on_commit():
        client.get(lessons("kk")[0].url)
    assert LearningEvent.objects.count() == before


def test_submitting_a_quiz_records_each_answer_and_the_attempt(learner, bank, on_commit):
    post_test = make_assessment("ev-quiz", Assessment.Kind.POST_TEST, bank.values(), pass_mark=50)
    attempt = quiz_actions.start_attempt(learner, post_test, "kk")
    keys = [entry["k"] for entry in attempt.layout]
    for n, key in enumerate(keys):
        response = right_response(attempt, key) if n % 2 == 0 else wrong_response(attempt, key)
        quiz_actions.save_answer(learner, attempt.pk, key, response)
    with on_commit():
        quiz_actions.submit(learner, attempt.pk)
    answered = events(learner, Kind.ANSWERED)
    assert len(answered) == len(keys)
    assert {e.context["attempt_id"] for e in answered} == {str(attempt.pk)}
    assert all(e.context["test_phase"] == "post" for e in answered)
    assert sorted(e.result["success"] for e in answered) == sorted(n % 2 == 0 for n in range(len(keys)))
    short = next(e for e in answered if "/item/t-short/" in e.object_id)
    assert "response" not in short.result  # free text never leaves the platform
    single = next(e for e in answered if "/item/t-single/" in e.object_id)
    assert single.context["interaction_type"] == "choice" and single.result["response"]
    [submitted] = events(learner, Kind.ATTEMPT_SUBMITTED)
    assert submitted.result["score"]["max"] > 0 and "success" in submitted.result
    assert submitted.language == "kk"


def test_resubmitting_records_nothing_more(learner, quiz, on_commit):
    attempt = quiz_actions.start_attempt(learner, quiz, "ru")
    with on_commit():
        quiz_actions.submit(learner, attempt.pk)
    count = LearningEvent.objects.for_user(learner).count()
    with on_commit():
        quiz_actions.submit(learner, attempt.pk)
    assert LearningEvent.objects.for_user(learner).count() == count
    assert len(events(learner, Kind.ATTEMPT_SUBMITTED)) == 1


def test_immediately_checked_answers_are_recorded_once(learner, check, on_commit):
    attempt = quiz_actions.start_attempt(learner, check, "en")
    key = next(e["k"] for e in attempt.layout if e["t"] == "single")
    with on_commit():
        quiz_actions.save_answer(learner, attempt.pk, key, right_response(attempt, key))
    assert len(events(learner, Kind.ANSWERED)) == 1
    with on_commit():
        quiz_actions.submit(learner, attempt.pk)
    assert len(events(learner, Kind.ANSWERED)) == 1
    assert events(learner, Kind.ANSWERED)[0].result["success"] is True


def test_webinar_registration_and_attendance(learner, on_commit):
    webinar = make_webinar("ev-webinar")
    with on_commit():
        webinar_actions.register(learner, webinar)
    with on_commit():
        webinar_actions.register(learner, webinar)  # already registered
    with on_commit():
        webinar_actions.record_attendance(learner, webinar)
        webinar_actions.record_attendance(learner, webinar)
    assert len(events(learner, Kind.WEBINAR_REGISTERED)) == 1
    [attended] = events(learner, Kind.WEBINAR_ATTENDED)
    assert str(webinar.translation_key) in attended.object_id


def test_certificate_issue_is_recorded_once_even_after_a_name_correction(learner, course_kk, on_commit, settings):
    from certificates import actions as certificate_actions
    from certificates.credentials import generate_key_pem

    settings.SAUAT_CERT_SIGNING_KEY = generate_key_pem()[0]
    with on_commit():
        certificate, created = certificate_actions.issue_certificate(learner, course_kk.translation_key)
    assert created
    with on_commit():
        certificate_actions.reissue(certificate, holder_name="Айгүл Н.", by=None)
    [event] = events(learner, Kind.CERTIFICATE_ISSUED)
    assert event.course_key == course_kk.translation_key


def test_tutor_question_records_topic_and_language_never_the_text(learner_client, learner, client, on_commit):
    question = "Что такое гарантийный срок?"
    with on_commit():
        response = learner_client.post(
            "/api/v1/tutor/ask", {"question": question, "language": "ru"}, content_type="application/json"
        )
    assert response.status_code == 200
    [event] = events(learner, Kind.TUTOR_ASKED)
    assert event.language == "ru"
    assert set(event.result) == {"topic", "handed_over"}
    assert question not in str(event.result) + str(event.context) + event.object_id


def test_anonymous_tutor_questions_record_nothing(client, on_commit):
    before = LearningEvent.objects.count()
    with on_commit():
        client.post("/api/v1/tutor/ask", {"question": "Кепілдік мерзімі?"}, content_type="application/json")
    assert LearningEvent.objects.count() == before


def test_a_rolled_back_action_records_nothing(learner, course_kk, on_commit):
    with on_commit(), pytest.raises(RuntimeError):
        with transaction.atomic():
            course_actions.enrol(learner, course_kk)
            raise RuntimeError("the request failed after enrolling")
    assert events(learner) == []


def test_a_broken_recorder_never_breaks_the_action(learner, course_kk, on_commit, settings, caplog):
    settings.SAUAT_ANALYTICS_KEY = 12345  # misconfigured: not a string
    with on_commit():
        enrollment = course_actions.enrol(learner, course_kk)
    assert enrollment.pk is not None
    assert "Could not record" in caplog.text
    settings.SAUAT_ANALYTICS_KEY = ""
    assert events(learner) == []


def test_events_are_append_only(learner, course_kk, on_commit):
    with on_commit():
        course_actions.enrol(learner, course_kk)
    [event] = events(learner)
    event.kind = Kind.LESSON_COMPLETED
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        LearningEvent.objects.filter(pk=event.pk).update(kind=Kind.LESSON_COMPLETED)
    with pytest.raises(AppendOnlyError):
        LearningEvent.objects.filter(pk=event.pk).delete()
    with pytest.raises(AppendOnlyError):
        event.delete()
    assert LearningEvent.objects.get(pk=event.pk).kind == Kind.ENROLLED


def test_the_actor_is_a_keyed_pseudonym(learner, course_kk, on_commit, settings):
    with on_commit():
        course_actions.enrol(learner, course_kk)
    [event] = events(learner)
    assert learner.email not in event.actor and event.actor != str(learner.pk)
    assert len(event.actor) == 32
    settings.SAUAT_ANALYTICS_KEY = "another-key"
    assert pseudonym_for(learner.pk) != event.actor  # without the key, the pseudonym cannot be recomputed


def test_deleting_the_account_deletes_its_events(learner, other_learner, course_kk, on_commit):
    with on_commit():
        course_actions.enrol_many([learner, other_learner], course_kk)
    actor = pseudonym_for(learner.pk)
    learner.delete()
    assert not LearningEvent.objects.filter(actor=actor).exists()
    assert len(events(other_learner)) == 1


def test_count_by_kind(learner, course_kk, on_commit):
    with on_commit():
        course_actions.enrol(learner, course_kk)
    counts = LearningEvent.objects.for_user(learner).count_by_kind()
    assert counts[Kind.ENROLLED] == 1 and counts[Kind.CERTIFICATE_ISSUED] == 0
    assert set(counts) == set(Kind.values)


def test_the_same_instant_gives_one_event(learner, course_kk, on_commit):
    from analytics.recording import EventData, record
    from analytics.xapi import course_iri

    at = timezone.now() - timedelta(minutes=1)
    data = EventData(Kind.ENROLLED, learner.pk, course_iri(course_kk.translation_key), occurred_at=at)
    with on_commit():
        record(data, data)
    with on_commit():
        record(data)
    assert len(events(learner)) == 1


def test_personal_data_export_lists_the_events(learner, course_kk, on_commit):
    from accounts.personal_data import export_for

    with on_commit():
        course_actions.enrol(learner, course_kk)
    other = make_user("someone@example.kz")
    with on_commit():
        course_actions.enrol(other, course_kk)
    exported = export_for(learner)["learning_events"]
    assert [row["kind"] for row in exported] == ["enrolled"]


def test_recording_a_submitted_attempt_takes_a_fixed_number_of_queries(learner, quiz, on_commit):
    """One read of the answers and one INSERT for all events, whatever the number of questions."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from analytics.signals import on_attempt_submitted

    attempt = quiz_actions.start_attempt(learner, quiz, "kk")
    for entry in attempt.layout:
        quiz_actions.save_answer(learner, attempt.pk, entry["k"], wrong_response(attempt, entry["k"]))
    attempt, _duplicate = quiz_actions.submit(learner, attempt.pk)
    attempt = type(attempt).objects.select_related("assessment").get(pk=attempt.pk)
    with CaptureQueriesContext(connection) as queries, on_commit():
        on_attempt_submitted(None, attempt=attempt)
    assert len(events(learner, Kind.ANSWERED)) == len(attempt.layout) == 6
    assert len(queries) <= 3, [q["sql"][:100] for q in queries]  # answers, (course), one INSERT


def test_asking_on_the_tutor_page_records_an_event(learner_client, learner, on_commit):
    with on_commit():
        response = learner_client.post("/kk/tutor/", {"question": "Кепілдік мерзімі дегеніміз не?"})
    assert response.status_code == 200
    [event] = events(learner, Kind.TUTOR_ASKED)
    assert event.language == "kk"
