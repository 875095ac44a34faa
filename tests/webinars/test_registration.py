"""Registration, the waiting list and its automatic promotion, e-mails, and seats freed by account deletion."""

from datetime import timedelta

import pytest

from django.utils import timezone, translation

from wagtail.models import Locale

from tests.webinars.builders import make_webinar, users
from webinars import actions
from webinars.exceptions import RegistrationClosedError, WebinarFullError
from webinars.models import Registration

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    """Domain messages are translated; these tests read the English ones."""
    with translation.override("en"):
        yield


def test_registering_gives_a_seat_and_registering_again_changes_nothing(webinar, learner):
    first = actions.register(learner, webinar)
    second = actions.register(learner, webinar)
    assert first.pk == second.pk
    assert first.status == Registration.Status.CONFIRMED
    assert Registration.objects.filter(user=learner).count() == 1


def test_a_seat_taken_on_one_language_version_is_taken_on_every_version(learner):
    webinar_kk = make_webinar(capacity=1)
    webinar_ru = webinar_kk.copy_for_translation(Locale.objects.get(language_code="ru"))
    webinar_ru.save_revision().publish()
    first = actions.register(learner, webinar_kk)
    assert actions.register(learner, webinar_ru).pk == first.pk
    other = users(1)[0]
    assert actions.register(other, webinar_ru).status == Registration.Status.WAITLISTED


def test_full_webinar_puts_people_on_the_waiting_list_in_order():
    webinar = make_webinar(capacity=2)
    people = users(4)
    statuses = [actions.register(person, webinar).status for person in people]
    assert statuses == ["confirmed", "confirmed", "waitlisted", "waitlisted"]
    assert actions.seats_taken(webinar) == 2


def test_full_webinar_without_waiting_list_refuses_with_a_message():
    webinar = make_webinar(capacity=1, waitlist_enabled=False)
    first, second = users(2)
    actions.register(first, webinar)
    with pytest.raises(WebinarFullError, match="full"):
        actions.register(second, webinar)
    assert not Registration.objects.filter(user=second).exists()


def test_registration_closes_when_the_session_starts(learner):
    started = make_webinar(start=timezone.now() - timedelta(minutes=5))
    with pytest.raises(RegistrationClosedError):
        actions.register(learner, started)
    past = make_webinar("past-one", start=timezone.now() - timedelta(days=3))
    with pytest.raises(RegistrationClosedError):
        actions.register(learner, past)
    assert not Registration.objects.filter(user=learner).exists()


def test_cancelling_a_seat_promotes_the_first_person_waiting():
    webinar = make_webinar(capacity=1)
    seated, first_waiting, second_waiting = users(3)
    seat = actions.register(seated, webinar)
    actions.register(first_waiting, webinar)
    actions.register(second_waiting, webinar)
    actions.cancel(seat)
    status = dict(Registration.objects.values_list("user__email", "status"))
    assert status == {seated.email: "cancelled", first_waiting.email: "confirmed", second_waiting.email: "waitlisted"}
    assert actions.seats_taken(webinar) == 1


def test_cancelling_a_waiting_place_promotes_nobody():
    webinar = make_webinar(capacity=1)
    seated, waiting = users(2)
    actions.register(seated, webinar)
    actions.cancel(actions.register(waiting, webinar))
    assert Registration.objects.get(user=seated).status == "confirmed"
    assert Registration.objects.get(user=waiting).status == "cancelled"


def test_cancelled_person_can_register_again_and_queues_behind_others():
    webinar = make_webinar(capacity=1)
    first, second = users(2)
    actions.cancel(actions.register(first, webinar))
    actions.register(second, webinar)
    again = actions.register(first, webinar)
    assert again.status == "waitlisted"


def test_raising_the_capacity_promotes_people_waiting():
    webinar = make_webinar(capacity=1)
    people = users(3)
    for person in people:
        actions.register(person, webinar)
    webinar.capacity = 2
    webinar.save_revision().publish()
    assert actions.seats_taken(webinar) == 2
    assert Registration.objects.get(user=people[2]).status == "waitlisted"


def test_cancelling_after_the_start_is_refused(learner):
    webinar = make_webinar(start=timezone.now() + timedelta(minutes=30))
    registration = actions.register(learner, webinar)
    with pytest.raises(RegistrationClosedError):
        actions.cancel(registration, now=webinar.start_at + timedelta(minutes=1))
    registration.refresh_from_db()
    assert registration.status == "confirmed"


def test_confirmation_e_mail_is_sent_in_the_users_language_with_a_calendar_file(
    webinar, learner, mailoutbox, django_capture_on_commit_callbacks
):
    learner.preferred_language = "ru"
    learner.save()
    with django_capture_on_commit_callbacks(execute=True):
        actions.register(learner, webinar)
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == [learner.email]
    assert message.subject.startswith("Вы зарегистрированы")
    name, content, mimetype = message.attachments[0]
    assert mimetype == "text/calendar" and "BEGIN:VEVENT" in str(content)


def test_promotion_sends_an_e_mail(mailoutbox, django_capture_on_commit_callbacks):
    webinar = make_webinar(capacity=1)
    seated, waiting = users(2)
    seat = actions.register(seated, webinar)
    actions.register(waiting, webinar)
    with django_capture_on_commit_callbacks(execute=True):
        actions.cancel(seat)
    recipients = {m.to[0]: m.subject for m in mailoutbox}
    assert set(recipients) == {seated.email, waiting.email}
    assert "free" in recipients[waiting.email] or "бос" in recipients[waiting.email]


def test_deleting_an_account_hands_its_seat_to_the_first_person_waiting():
    webinar = make_webinar(capacity=1)
    seated, waiting = users(2)
    actions.register(seated, webinar)
    actions.register(waiting, webinar)
    seated.delete()
    assert Registration.objects.get(user=waiting).status == "confirmed"
    assert not Registration.objects.filter(user_id=seated.pk).exists()


def test_registration_status_cannot_jump_by_hand(webinar, learner):
    from webinars.exceptions import InvalidTransitionError

    registration = actions.register(learner, webinar)
    with pytest.raises(InvalidTransitionError):
        registration.put_on_waitlist()


# -- the web views -------------------------------------------------------------------------------


def test_anonymous_visitor_cannot_register(client, webinar):
    response = client.post(f"/kk/learning/webinars/{webinar.pk}/register/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Registration.objects.exists()


def test_register_view_shows_the_result_on_the_page(learner_client, webinar):
    response = learner_client.post(f"/en/learning/webinars/{webinar.pk}/register/", follow=True)
    assert "You are registered" in response.content.decode()
    assert Registration.objects.get().status == "confirmed"


def test_register_view_for_a_past_webinar_gives_a_message_not_an_error(learner_client):
    past = make_webinar("past-one", start=timezone.now() - timedelta(days=3))
    response = learner_client.post(f"/en/learning/webinars/{past.pk}/register/", follow=True)
    assert response.status_code == 200
    assert "Registration for" in response.content.decode() and "has closed" in response.content.decode()


def test_nobody_can_cancel_someone_elses_registration(client, webinar, learner, other_learner):
    registration = actions.register(learner, webinar)
    client.force_login(other_learner)
    response = client.post(f"/en/learning/webinars/registrations/{registration.pk}/cancel/")
    assert response.status_code == 404
    registration.refresh_from_db()
    assert registration.status == "confirmed"


def test_owner_cancels_from_the_page(learner_client, webinar, learner):
    registration = actions.register(learner, webinar)
    response = learner_client.post(f"/en/learning/webinars/registrations/{registration.pk}/cancel/", follow=True)
    assert "is cancelled" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == "cancelled"


def test_unknown_or_draft_webinar_is_not_found(learner_client, webinar):
    webinar.unpublish()
    assert learner_client.post(f"/en/learning/webinars/{webinar.pk}/register/").status_code == 404
    assert learner_client.post("/en/learning/webinars/999999/register/").status_code == 404


def test_moving_the_webinar_tells_registrants_with_an_updated_calendar_event(
    mailoutbox, django_capture_on_commit_callbacks
):
    import icalendar

    webinar = make_webinar(capacity=1)
    seated, waiting, gone = users(3)
    actions.register(seated, webinar)
    actions.register(waiting, webinar)
    actions.cancel(actions.register(gone, webinar))
    webinar.start_at += timedelta(hours=2)
    webinar.end_at += timedelta(hours=2)
    with django_capture_on_commit_callbacks(execute=True):
        webinar.save_revision().publish()
    assert sorted(m.to[0] for m in mailoutbox) == sorted([seated.email, waiting.email])
    to_seated = next(m for m in mailoutbox if m.to == [seated.email])
    event = icalendar.Calendar.from_ical(str(to_seated.attachments[0][1])).walk("VEVENT")[0]
    assert event["sequence"] == 1 and event.decoded("dtstart") == webinar.start_at.replace(microsecond=0)
    assert not next(m for m in mailoutbox if m.to == [waiting.email]).attachments


def test_editing_other_fields_sends_no_e_mail(webinar, learner, mailoutbox, django_capture_on_commit_callbacks):
    actions.register(learner, webinar)
    webinar.summary = "A clearer summary."
    with django_capture_on_commit_callbacks(execute=True):
        webinar.save_revision().publish()
    assert mailoutbox == []
