"""API shapes of the research router (research/api.py)."""

from datetime import date, datetime
from uuid import UUID

from ninja import Schema


class ProjectOut(Schema):
    id: int
    title: str
    institution: str
    status: str
    ends_on: date
    instruments: list[int]
    free_text_approved: bool


class ExportSpecIn(Schema):
    instruments: list[int] = []
    items: list[str] = []
    free_text: bool = False
    excel_csv: bool = False


class ExportIn(Schema):
    project: int
    spec: ExportSpecIn | None = None
    saved_spec: int | None = None
    idempotency_key: str | None = None


class ExportOut(Schema):
    id: UUID
    project: int
    status: str
    progress: int
    step: str
    spec: dict
    spec_hash: str
    created_at: datetime
    finished_at: datetime | None
    expires_at: datetime | None
    size: int
    sha256: str
    counts: dict
    failure: str
    download_url: str | None
    url: str
