from datetime import datetime
from uuid import UUID

from ninja import Field, Schema


class SpeakerSchema(Schema):
    name: str
    role: str
    affiliation: str


class WebinarSchema(Schema):
    id: int
    key: UUID
    language: str = Field(description="Language of this page (kk, ru, en).")
    spoken_language: str = Field(description="Language the session is held in.")
    kind: str = Field(description="webinar or consultation")
    title: str
    summary: str
    start_at: datetime
    end_at: datetime
    capacity: int
    seats_left: int | None = Field(description="Free seats; null for consultation hours (see free_slots).")
    free_slots: list[datetime]
    waitlist_enabled: bool
    speakers: list[SpeakerSchema]
    url: str


class RegistrationIn(Schema):
    """Empty for a webinar. For consultation hours: the slot start, the intake and consent."""

    slot_start: datetime | None = None
    topic: str = ""
    question: str = Field("", max_length=2000)
    consent: bool = False


class RegistrationSchema(Schema):
    id: int
    webinar_id: int
    webinar_key: UUID
    title: str
    status: str = Field(description="confirmed, waitlisted or cancelled")
    waitlist_position: int | None
    starts_at: datetime
    ends_at: datetime
    registered_at: datetime
    url: str
