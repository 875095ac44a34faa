"""Schemas of the tutor API."""

# -- questions and answers (issue 7) ------------------------------------------------------------
from typing import Literal

from ninja import Field, Schema
from pydantic import field_validator


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
