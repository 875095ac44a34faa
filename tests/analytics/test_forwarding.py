"""Forwarding to a real LRS (Ralph 5.1.0, tests/analytics/conftest.py): arrival, LRS down, refusals, exactly once."""

import uuid
from datetime import timedelta

import pytest

from django.core.management import call_command
from django.utils import timezone

from analytics import xapi
from analytics.forwarding import LrsClient, forward_pending
from analytics.models import ForwardingStatus, Kind, LearningEvent
from analytics.models.events import pseudonym_for
from analytics.recording import EventData
from courses import actions as course_actions
from quizzes import actions as quiz_actions
from tests.quizzes.conftest import right_response

from .conftest import closed_port_url

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _only_this_tests_events(db):
    """Events left by other code paths are not this test's business: mark them sent (rolled back after)."""
    LearningEvent.objects.update(status=ForwardingStatus.SENT)


def make_events(count, user_id=None, **fields):
    user_id = user_id or 900000 + uuid.uuid4().int % 100000
    start = timezone.now() - timedelta(hours=1)
    events = [
        EventData(
            Kind.ENROLLED,
            user_id,
            xapi.course_iri(uuid.uuid4()),
            language="kk",
            occurred_at=start + timedelta(seconds=n),
            **fields,
        ).build()
        for n in range(count)
    ]
    LearningEvent.objects.bulk_create(events)
    return list(LearningEvent.objects.filter(statement_id__in=[e.statement_id for e in events]).order_by("pk"))


def agent(user):
    return {"objectType": "Agent", "account": {"homePage": xapi.platform_iri(), "name": pseudonym_for(user.pk)}}


def test_real_actions_arrive_in_ralph(
    lrs_settings, ralph, learner, course_kk, quiz, django_capture_on_commit_callbacks
):
    lrs_settings.SAUAT_XAPI_LRS_URL = ""  # record first, forward below
    with django_capture_on_commit_callbacks(execute=True):
        course_actions.enrol(learner, course_kk)
    attempt = quiz_actions.start_attempt(learner, quiz, "ru")
    key = attempt.layout[0]["k"]
    quiz_actions.save_answer(learner, attempt.pk, key, right_response(attempt, key))
    with django_capture_on_commit_callbacks(execute=True):
        quiz_actions.submit(learner, attempt.pk)
    lrs_settings.SAUAT_XAPI_LRS_URL = ralph.url
    mine = LearningEvent.objects.for_user(learner)
    assert mine.pending().count() == 3

    summary = forward_pending()

    assert summary.sent == 3 and mine.pending().count() == 0
    assert all(e.sent_at is not None for e in mine)
    stored = ralph.query(agent=agent(learner))
    # the fs backend's verb filter returns nothing (reference §5.5): filter verbs here
    verbs = sorted(s["verb"]["id"].rsplit("/", 1)[-1] for s in stored)
    assert verbs == ["answered", "completed", "registered"]
    enrolment = next(e for e in mine if e.kind == Kind.ENROLLED)
    by_registration = ralph.query(registration=str(enrolment.registration))
    assert {s["id"] for s in by_registration} == {str(enrolment.statement_id)}
    answered = next(s for s in stored if s["verb"]["id"].endswith("answered"))
    assert answered["result"]["success"] is True
    assert answered["context"]["language"] == "ru-KZ"


def test_forwarding_automatically_after_commit(
    lrs_settings, ralph, learner, course_kk, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        course_actions.enrol(learner, course_kk)
    [event] = LearningEvent.objects.for_user(learner)
    assert event.status == ForwardingStatus.SENT
    assert ralph.stored_ids().count(str(event.statement_id)) == 1


def test_lrs_down_keeps_events_pending_and_the_learner_sees_no_error(
    lrs_settings, ralph, learner, course_kk, django_capture_on_commit_callbacks, caplog
):
    lrs_settings.SAUAT_XAPI_LRS_URL = closed_port_url()
    with django_capture_on_commit_callbacks(execute=True):
        enrollment = course_actions.enrol(learner, course_kk)  # the forwarding task runs at once (test backend)
    assert enrollment.pk
    [event] = LearningEvent.objects.for_user(learner)
    assert event.status == ForwardingStatus.PENDING
    assert event.attempts == 1 and "ConnectionError" in event.last_error
    assert event.in_flight is False  # no connection: surely not in the LRS, no look-up needed later
    assert event.next_attempt_at > timezone.now() + timedelta(seconds=30)  # back-off
    assert "xAPI forwarding stopped" in caplog.text

    lrs_settings.SAUAT_XAPI_LRS_URL = ralph.url
    assert forward_pending().sent == 0  # not due yet
    LearningEvent.objects.filter(pk=event.pk).update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    assert forward_pending().sent == 1
    event.refresh_from_db()
    assert event.status == ForwardingStatus.SENT and event.last_error == ""
    assert ralph.stored_ids().count(str(event.statement_id)) == 1


def test_giving_up_after_the_maximum_attempts(lrs_settings):
    lrs_settings.SAUAT_XAPI_LRS_URL = closed_port_url()
    lrs_settings.SAUAT_XAPI_MAX_ATTEMPTS = 1
    [event] = make_events(1)
    summary = forward_pending()
    event.refresh_from_db()
    assert summary.failed == 1 and event.status == ForwardingStatus.FAILED


def test_wrong_credentials_leave_everything_pending(lrs_settings, caplog):
    lrs_settings.SAUAT_XAPI_LRS_PASSWORD = "wrong"
    events = make_events(2)
    summary = forward_pending()
    assert summary.sent == 0 and summary.errors and "credentials" in summary.errors[0]
    assert LearningEvent.objects.filter(pk__in=[e.pk for e in events], status=ForwardingStatus.PENDING).count() == 2


def test_a_batch_mixing_stored_and_new_ids_is_sent_exactly_once(lrs_settings, ralph):
    """Ralph answers such a batch with 500 and writes nothing; the forwarder sorts it out."""
    events = make_events(4)
    client = LrsClient()
    assert client.post([xapi.statement(events[1])]).status_code == 200  # as if an earlier run had sent it
    summary = forward_pending(batch_size=10)
    assert summary.sent == 4
    ids = ralph.stored_ids()
    assert all(ids.count(str(e.statement_id)) == 1 for e in events)
    assert LearningEvent.objects.filter(pk__in=[e.pk for e in events]).pending().count() == 0


def test_an_invalid_statement_fails_alone(lrs_settings, ralph):
    good = make_events(2)
    broken = EventData(Kind.ENROLLED, 4242, xapi.course_iri(uuid.uuid4()), occurred_at=timezone.now()).build()
    broken.actor = ""  # a damaged row: Ralph refuses an account without a name (422)
    broken.save()
    summary = forward_pending(batch_size=10)
    broken.refresh_from_db()
    assert broken.status == ForwardingStatus.FAILED and broken.last_error.startswith("HTTP 4")
    assert summary.sent == 2 and summary.failed == 1
    assert all(ralph.stored_ids().count(str(e.statement_id)) == 1 for e in good)


def test_the_command_without_an_lrs_forwards_nothing(settings, capsys):
    settings.SAUAT_XAPI_LRS_URL = ""
    [event] = make_events(1)
    call_command("analytics_forward")
    assert "nothing forwarded" in capsys.readouterr().out
    event.refresh_from_db()
    assert event.status == ForwardingStatus.PENDING and event.attempts == 0


def test_the_command_reports_what_it_did(lrs_settings, ralph, capsys):
    make_events(3)
    call_command("analytics_forward", "--batch-size", "2")
    out = capsys.readouterr().out
    assert out.count("posted") == 2
    assert "sent 3, failed 0, deferred 0 in 2 batch(es)" in out


def test_an_lrs_that_never_answers_leaves_the_batch_to_be_looked_up(lrs_settings, ralph):
    """A read timeout: the LRS may have stored the batch, so the next run looks the ids up before resending."""
    import socket

    with socket.socket() as silent:  # accepts connections (kernel backlog), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        lrs_settings.SAUAT_XAPI_LRS_URL = f"http://127.0.0.1:{silent.getsockname()[1]}/xAPI/"
        lrs_settings.SAUAT_XAPI_TIMEOUT = 0.5
        [event] = make_events(1)
        summary = forward_pending()
    event.refresh_from_db()
    assert summary.sent == 0 and "ReadTimeout" in event.last_error
    assert event.status == ForwardingStatus.PENDING and event.in_flight is True
    lrs_settings.SAUAT_XAPI_LRS_URL = ralph.url
    LearningEvent.objects.filter(pk=event.pk).update(next_attempt_at=None)
    assert forward_pending().sent == 1
    event.refresh_from_db()
    assert event.status == ForwardingStatus.SENT and not event.in_flight
    assert ralph.stored_ids().count(str(event.statement_id)) == 1


def test_ralphs_fs_backend_as_shipped_refuses_later_writes_and_nothing_is_lost(settings, ralph_as_shipped):
    """Ralph 5.1.0's fs backend answers 500 to every POST after the first one (it will not append): the
    first batch arrives, the rest stays pending for a better LRS, and nothing is doubled."""
    settings.SAUAT_XAPI_LRS_URL = ralph_as_shipped.url
    settings.SAUAT_XAPI_LRS_USERNAME = ralph_as_shipped.username
    settings.SAUAT_XAPI_LRS_PASSWORD = ralph_as_shipped.password
    events = make_events(5)
    summary = forward_pending(batch_size=2)
    assert summary.sent == 2 and summary.deferred == 3
    assert ralph_as_shipped.stored_ids() == [str(e.statement_id) for e in events[:2]]
    rest = LearningEvent.objects.filter(pk__in=[e.pk for e in events[2:]])
    assert all(e.status == ForwardingStatus.PENDING and "HTTP 500" in e.last_error for e in rest)
    assert not any(e.in_flight for e in rest)  # looked up after the 500: not in the LRS
