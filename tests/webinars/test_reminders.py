"""Reminders 24 hours and 1 hour before: sent when due, exactly once each, again after a time change."""

from datetime import timedelta

import pytest

from django.core.management import call_command
from django.utils import timezone

from tests.webinars.builders import make_webinar, users
from webinars import actions
from webinars.models import SentReminder
from webinars.reminders import send_due_reminders

pytestmark = pytest.mark.django_db


@pytest.fixture
def soon():
    """A webinar starting in three days, with one person registered now."""
    return make_webinar(start=timezone.now() + timedelta(days=3))


def _sent(mailoutbox):
    return [message.subject for message in mailoutbox]


def test_nothing_is_due_long_before_the_start(soon, learner):
    actions.register(learner, soon)
    assert send_due_reminders() == 0


def test_day_and_hour_reminders_are_each_sent_once(soon, learner, mailoutbox, django_capture_on_commit_callbacks):
    actions.register(learner, soon)
    day_before = soon.start_at - timedelta(hours=23)
    with django_capture_on_commit_callbacks(execute=True):
        assert send_due_reminders(now=day_before) == 1
        assert send_due_reminders(now=day_before + timedelta(minutes=5)) == 0
    assert len(mailoutbox) == 1 and mailoutbox[0].subject.startswith(("Ертең", "Tomorrow", "Завтра"))
    hour_before = soon.start_at - timedelta(minutes=50)
    with django_capture_on_commit_callbacks(execute=True):
        assert send_due_reminders(now=hour_before) == 1
        assert send_due_reminders(now=hour_before) == 0
    assert len(mailoutbox) == 2
    assert sorted(SentReminder.objects.values_list("kind", flat=True)) == ["1h", "24h"]
    assert send_due_reminders(now=soon.start_at + timedelta(minutes=1)) == 0


def test_hour_reminder_replaces_a_missed_day_reminder(soon, learner):
    actions.register(learner, soon)
    assert send_due_reminders(now=soon.start_at - timedelta(minutes=30)) == 1
    assert list(SentReminder.objects.values_list("kind", flat=True)) == ["1h"]


def test_people_who_registered_after_the_reminder_time_are_not_reminded_again(learner):
    webinar = make_webinar(start=timezone.now() + timedelta(hours=5))
    actions.register(learner, webinar)
    assert send_due_reminders() == 0  # the confirmation e-mail has just told them
    assert send_due_reminders(now=webinar.start_at - timedelta(minutes=59)) == 1


def test_cancelled_and_waiting_people_get_no_reminder(learner):
    webinar = make_webinar(start=timezone.now() + timedelta(days=3), capacity=1)
    waiting = users(1)[0]
    seat = actions.register(learner, webinar)
    actions.register(waiting, webinar)
    third = users(1, prefix="third")[0]
    actions.register(third, webinar)  # waits behind the promoted person
    actions.cancel(seat)  # the first person waiting now has the seat
    assert send_due_reminders(now=webinar.start_at - timedelta(hours=2)) == 1
    assert SentReminder.objects.get().registration.user == waiting


def test_moving_the_webinar_sends_fresh_reminders(soon, learner):
    actions.register(learner, soon)
    assert send_due_reminders(now=soon.start_at - timedelta(hours=20)) == 1
    soon.start_at += timedelta(days=2)
    soon.end_at += timedelta(days=2)
    soon.save_revision().publish()
    soon.refresh_from_db()
    assert send_due_reminders(now=soon.start_at - timedelta(hours=20)) == 1
    assert SentReminder.objects.count() == 2


def test_management_command_reports_the_count(soon, learner, capsys):
    call_command("send_webinar_reminders")
    assert "0 reminder(s) queued." in capsys.readouterr().out
