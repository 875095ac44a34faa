from datetime import datetime
from typing import Any
from uuid import UUID

from ninja import Field, Schema

MAX_KEY = 64


class AssessmentSchema(Schema):
    id: int
    slug: str
    kind: str
    title: str
    intro: str
    feedback: str
    max_attempts: int
    attempts_used: int | None = None
    pass_mark: int
    time_limit_minutes: int | None
    certainty_marking: bool
    anonymous: bool
    consent: str | None = None
    consent_version: int | None = None
    url: str


class OptionSchema(Schema):
    key: str
    text: str


class ScenarioSchema(Schema):
    id: int
    title: str
    situation: str


class QuestionSchema(Schema):
    key: str
    kind: str
    stem: str
    scenario: ScenarioSchema | None
    options: list[OptionSchema]
    matches: list[OptionSchema]
    survey: dict[str, Any] | None
    answer: dict[str, Any] | None
    confidence: int | None
    review: dict[str, Any] | None = None


class SkillResultSchema(Schema):
    code: str
    name: str
    score: float
    max: float
    n: int
    percent: float


class ResultSchema(Schema):
    score: float
    max_score: float
    percent: float
    passed: bool | None
    pass_mark: int | None
    cbm_score: float | None
    calibration: dict[str, Any] | None
    skills: list[SkillResultSchema]


class AttemptAssessmentSchema(Schema):
    id: int
    title: str
    kind: str
    feedback: str
    certainty_marking: bool


class AttemptSchema(Schema):
    id: UUID
    assessment: AttemptAssessmentSchema
    number: int
    state: str
    started_at: datetime
    deadline: datetime | None
    seconds_left: int | None
    submitted_at: datetime | None
    answered: int
    total: int
    questions: list[QuestionSchema]
    result: ResultSchema | None
    duplicate: bool = False


class AnswerIn(Schema):
    response: dict[str, Any]
    confidence: int | None = None


class AnswerOut(Schema):
    key: str
    answer: dict[str, Any]
    confidence: int | None
    saved_at: datetime
    seconds_left: int | None
    review: dict[str, Any] | None


class SubmitIn(Schema):
    idempotency_key: str | None = Field(None, max_length=MAX_KEY)


class SurveyResponseIn(Schema):
    consent: bool
    answers: dict[str, Any]
    idempotency_key: str | None = Field(None, max_length=MAX_KEY)
    language: str = "kk"


class SurveyResponseOut(Schema):
    id: UUID
    submitted_at: datetime
    answered: int
    duplicate: bool


class MyAttemptSchema(Schema):
    id: UUID
    assessment_id: int
    assessment: str
    kind: str
    number: int
    state: str
    started_at: datetime
    submitted_at: datetime | None
    percent: float | None
    passed: bool | None
