"""Tutor API shapes."""

from datetime import datetime
from typing import Literal

from ninja import Field, Schema
from pydantic import field_validator


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


# Schemas of the tutor API.

# -- questions and answers (issue 7) ------------------------------------------------------------


class AskIn(Schema):
    question: str = Field(max_length=1000, description="The question in kk, ru or en.")
    language: Literal["kk", "ru", "en"] | None = Field(None, description="Answer language; guessed when absent.")

    @field_validator("question")
    @classmethod
    def not_blank(cls, value):
        if not value.strip():
            raise ValueError("The question is empty.")
        return value


class CitationSchema(Schema):
    title: str
    url: str
    legal_act: str
    article: str


class HandoverSchema(Schema):
    name: str
    url: str
    phone: str


class AskOut(Schema):
    id: int
    action: Literal["answer", "refuse", "escalate"]
    language: Literal["kk", "ru", "en"]
    answer: str
    citations: list[CitationSchema]
    handover: list[HandoverSchema]
    disclaimer: str


class RatingIn(Schema):
    verdict: Literal["helpful", "wrong", "unclear"]


class RatingOut(Schema):
    id: int
    verdict: str
