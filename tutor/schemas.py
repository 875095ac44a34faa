"""Tutor API shapes."""

from datetime import datetime

from ninja import Schema


# Learning path (issue 6) -------------------------------------------------------------------------
class MasteryOut(Schema):
    skill: str
    name: str
    estimated_mastery: float
    answers: int
    correct: int
    mastered: bool
    struggling: bool
    last_answer: datetime
    model_version: int


class NextStepOut(Schema):
    id: int
    kind: str
    title: str
    url: str
    reason: str
    estimated_minutes: int
    rule: str
    model_version: str


class ReviewCardOut(Schema):
    question: str
    stem: str
    due: datetime
    times_missed: int
    recall: float


class ReviewQueueOut(Schema):
    due: int
    estimated_minutes: int
    cards: list[ReviewCardOut]


class PreferencesIn(Schema):
    personalised: bool | None = None
    detail: str | None = None
    review_reminders: bool | None = None


class PreferencesOut(Schema):
    personalised: bool
    detail: str
    review_reminders: bool
