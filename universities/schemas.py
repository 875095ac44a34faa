from datetime import date, datetime
from uuid import UUID

from ninja import Field, Schema


class CourseRefSchema(Schema):
    key: UUID
    title: str


class CohortSchema(Schema):
    id: int
    university: str
    name: str
    term: str
    starts_on: date
    ends_on: date | None
    join_code: str
    joining_open: bool
    student_count: int
    courses: list[CourseRefSchema]


class CourseProgressSchema(Schema):
    course_key: UUID
    lessons_total: int
    lessons_completed: int
    percent: int
    enrolment_status: str = Field(description="active, completed, left, or empty when not enrolled.")
    pre_test: float | None = Field(description="First pre-test score, %.")
    post_test: float | None = Field(description="Best post-test score, %.")
    grade: float | None = Field(description="Exported grade 0-100: best post-test, else best course quiz.")


class RosterEntrySchema(Schema):
    user_id: int
    name: str
    email: str
    student_id: str
    group: str
    percent: int
    last_activity: datetime | None
    at_risk: bool
    certificates: int | None = Field(description="Certificates earned; null when the certificates app is absent.")
    courses: list[CourseProgressSchema]


class GradeTableSchema(Schema):
    columns: list[str]
    rows: list[list[str]]


class IntakeSchema(Schema):
    id: int
    reference: str
    status: str
    topic: str | None
    language: str
    created_at: datetime
    assigned_to: str | None
    hours: float
    url: str


class AssignIn(Schema):
    consultant_id: int
