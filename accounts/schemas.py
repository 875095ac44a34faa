from typing import Literal

from ninja import Schema
from pydantic import Field


class MeSchema(Schema):
    email: str
    display_name: str
    preferred_language: str


class UpdateMeSchema(Schema):
    display_name: str | None = Field(default=None, max_length=150)
    preferred_language: Literal["kk", "ru", "en"] | None = None
