from datetime import datetime
from uuid import UUID

from ninja import Schema


class TopicSchema(Schema):
    slug: str
    name: str


class SkillSchema(Schema):
    code: str
    name: str


class CourseSchema(Schema):
    id: int
    key: UUID
    language: str
    title: str
    summary: str
    level: str
    estimated_minutes: int
    topic: TopicSchema | None
    url: str


class LessonSchema(Schema):
    id: int
    key: UUID
    title: str
    estimated_minutes: int
    url: str


class ProgressSchema(Schema):
    completed: int
    total: int
    percent: int


class CourseDetailSchema(CourseSchema):
    audience: str
    prerequisites: str
    skills: list[SkillSchema]
    languages: list[str]
    lessons: list[LessonSchema]


class EnrollmentSchema(Schema):
    course_id: int
    course_key: UUID
    status: str
    enrolled_at: datetime
    completed_at: datetime | None


class MyCourseSchema(Schema):
    course: CourseSchema
    status: str
    progress: ProgressSchema
    continue_lesson: LessonSchema | None


class LessonCompletionSchema(Schema):
    lesson_id: int
    lesson_key: UUID
    completed_at: datetime
    course_status: str
    progress: ProgressSchema
