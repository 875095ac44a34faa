"""Spaced review with FSRS (the ``fsrs`` package, default parameters, retention 0.9).

Auto-graded answers map to two ratings: correct -> Good, wrong -> Again. A missed question gets a
card; a question with a card is rescheduled on every later graded answer. fsrs works in UTC only.
"""

import math
from dataclasses import dataclass
from datetime import UTC, timedelta
from functools import cache

from fsrs import Card, Rating, Scheduler

from django.conf import settings

REVIEW_KINDS = {"single", "truefalse", "multiple", "short"}  # shown on one review page without JavaScript
SECONDS_PER_CARD = 40
LANGUAGES = ("kk", "ru", "en")
STEMS = tuple(f"item__stem_{code}" for code in LANGUAGES)
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


REVIEW_HORIZON = timedelta(hours=1)


def end_of_day(now):
    """Today's review gathers every card due before midnight (site time zone), and late in the evening
    also those due within the next hour: a question missed at 23:55 is due again ten minutes later and
    belongs to the review the learner is doing now, not to an empty one."""
    from django.utils import timezone

    midnight = timezone.localtime(now).replace(hour=23, minute=59, second=59, microsecond=0)
    return max(midnight, now + REVIEW_HORIZON)


@dataclass
class DueCard:
    """A due card as the next-step policy and the API need it (no model instances: cheap to load)."""

    card: dict
    due: object
    lapses: int
    item_id: int
    key: str
    stem: dict
    recall: float = 1.0


def due_cards(user, now, limit=None, *, with_content=False):
    """The learner's due cards, lowest chance of recall first (at most ``limit``). ``with_content``
    (the review page) gives ReviewCard rows with the question version; otherwise light DueCards."""
    from .models import ReviewCard

    limit = limit or session_size()
    cards = (
        ReviewCard.objects.for_user(user)
        .due(end_of_day(now))
        .filter(item__kind__in=REVIEW_KINDS, item__current_version__isnull=False)
        .order_by("due")
    )
    if with_content:
        cards = list(cards.select_related("item__current_version")[: limit * 3])
    else:
        rows = cards.values_list("card", "due", "lapses", "item_id", "item__key", *STEMS)[: limit * 3]
        cards = [
            DueCard(card, due, lapses, item_id, key, dict(zip(LANGUAGES, stems, strict=True)))
            for card, due, lapses, item_id, key, *stems in rows
        ]
    for card in cards:
        card.recall = retrievability(card.card, now)
    cards.sort(key=lambda c: (c.recall, c.item_id))
    return cards[:limit]
