"""The one place that decides what a person may see or do with a webinar.

Only live, public pages are visible; drafts, private pages and unknown ids give the same "not
found". Another person's registration, question or intake is "not found" too, never "forbidden",
so no answer reveals that it exists.
"""

from django.http import Http404
from django.utils import timezone

from wagtail.models import PageViewRestriction

from .models import Question, Registration, Speaker, WebinarPage, WebinarPageSpeaker


def _public(queryset):
    for path in PageViewRestriction.objects.values_list("page__path", flat=True):
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def visible_webinars():
    return _public(WebinarPage.objects.live())


def get_webinar(page_id) -> WebinarPage:
    webinar = visible_webinars().filter(pk=page_id).first()
    if webinar is None:
        raise Http404("No such webinar.")
    return webinar


def registration_for(user, webinar):
    """The person's registration for this webinar in any language (cancelled ones included), or None."""
    if user is None or not user.is_authenticated:
        return None
    return Registration.objects.filter(user=user, webinar_key=webinar.translation_key).first()


def get_own_registration(user, registration_id) -> Registration:
    registration = (
        Registration.objects.filter(pk=registration_id, user=user, webinar__live=True).select_related("webinar").first()
    )
    if registration is None:
        raise Http404("No such registration.")
    return registration


def can_see_room(registration, now=None) -> bool:
    """The room link is for confirmed registrants, from shortly before their start until the end."""
    if registration is None or not registration.is_confirmed or not registration.webinar.room_url:
        return False
    now = now or timezone.now()
    return registration.webinar.room_opens_at(registration.starts_at) <= now < registration.ends_at


def is_host(user, webinar) -> bool:
    """The person is the Sauat account of one of this webinar's speakers (in any language version)."""
    if user is None or not user.is_authenticated:
        return False
    speaker_keys = WebinarPageSpeaker.objects.filter(page__translation_key=webinar.translation_key).values(
        "speaker__translation_key"
    )
    return Speaker.objects.filter(user=user, translation_key__in=speaker_keys).exists()


def can_moderate(user, webinar) -> bool:
    return is_host(user, webinar) or bool(user and user.has_perm("webinars.change_question"))


def can_see_intakes(user, webinar) -> bool:
    """Intakes are for the specialist of these consultation hours and for organisers only."""
    return is_host(user, webinar) or bool(user and user.has_perm("webinars.view_consultationintake"))


def can_ask(user, webinar, registration=None, now=None) -> bool:
    registration = registration if registration is not None else registration_for(user, webinar)
    return bool(registration and registration.is_active and not webinar.has_ended(now))


def visible_questions(user, webinar, *, moderator=False):
    """Approved and answered questions; plus the person's own; every question for a moderator."""
    from django.db.models import Q

    questions = Question.objects.for_webinar(webinar)
    if not moderator:
        mine = Q(user=user) if user is not None and user.is_authenticated else Q(pk__in=[])
        questions = questions.filter(Q(status__in=[Question.Status.APPROVED, Question.Status.ANSWERED]) | mine)
    return questions.with_votes().select_related("user")


def get_question_to_vote(user, question_id) -> Question:
    """A question the person may upvote: visible to everyone, and they are registered for the webinar."""
    question = (
        Question.objects.visible_to_all().filter(pk=question_id, webinar__live=True).select_related("webinar").first()
    )
    if question is None or not can_ask(user, question.webinar):
        raise Http404("No such question.")
    return question


def get_question_to_moderate(user, question_id) -> Question:
    question = Question.objects.filter(pk=question_id).select_related("webinar").first()
    if question is None or not can_moderate(user, question.webinar):
        raise Http404("No such question.")
    return question
