"""Spaced review with FSRS (the ``fsrs`` package, default parameters, retention 0.9).

Auto-graded answers map to two ratings: correct -> Good, wrong -> Again. A missed question gets a
card; a question with a card is rescheduled on every later graded answer. fsrs works in UTC only.
"""

import math
from datetime import UTC, timedelta
from functools import cache

from fsrs import Card, Rating, Scheduler

from django.conf import settings

REVIEW_KINDS = {"single", "truefalse", "multiple", "short"}  # shown on one review page without JavaScript
SECONDS_PER_CARD = 40
FSRS_VERSION = "fsrs-6.3.2"


@cache
def scheduler():
    # One 10-minute (re)learning step: a missed question comes back in today's review, a question
    # answered right there moves on to day intervals. No fuzzing: the same answers, the same schedule.
    return Scheduler(
        desired_retention=0.9,
        learning_steps=(timedelta(minutes=10),),
        relearning_steps=(timedelta(minutes=10),),
        enable_fuzzing=False,
    )


def _utc(moment):
    return moment.astimezone(UTC)


def review(card_json, correct, now, *, card_id):
    """(new card JSON, due datetime) after one answer; a card is created when ``card_json`` is None."""
    card = Card.from_dict(card_json) if card_json else Card(card_id=card_id, due=_utc(now))
    card, _log = scheduler().review_card(card, Rating.Good if correct else Rating.Again, _utc(now))
    return card.to_dict(), card.due


def retrievability(card_json, now):
    """Estimated chance the learner still remembers the answer now (0..1)."""
    return scheduler().get_card_retrievability(Card.from_dict(card_json), _utc(now))


def session_minutes(cards):
    return max(1, math.ceil(cards * SECONDS_PER_CARD / 60))


def session_size():
    return settings.SAUAT_TUTOR_REVIEW_SIZE


def end_of_day(now):
    """Today's review gathers every card due before midnight (site time zone)."""
    from django.utils import timezone

    return timezone.localtime(now).replace(hour=23, minute=59, second=59, microsecond=0)


def due_cards(user, now, limit=None):
    """The learner's due cards with their questions, lowest chance of recall first (at most ``limit``)."""
    from .models import ReviewCard

    limit = limit or session_size()
    cards = list(
        ReviewCard.objects.for_user(user)
        .due(end_of_day(now))
        .select_related("item__current_version")
        .order_by("due")[: limit * 3]
    )
    for card in cards:
        card.recall = retrievability(card.card, now)
    cards.sort(key=lambda c: (c.recall, c.pk))
    return [c for c in cards if c.item.current_version and c.item.current_version.kind in REVIEW_KINDS][:limit]
