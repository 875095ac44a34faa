"""Catalogue, enrolment and progress API (/api/v1/courses/, /api/v1/me/courses, /api/v1/lessons/)."""

from ninja import Query, Router, Schema, Status
from ninja.pagination import LimitOffsetPagination, paginate

from django.utils import translation

from wagtail.models import Locale

from accounts.auth import API_AUTH, OptionalAuth

from . import access, actions, tracking
from .models import Enrollment
from .schemas import (
    CourseDetailSchema,
    CourseSchema,
    EnrollmentSchema,
    LessonCompletionSchema,
    MyCourseSchema,
)

router = Router(tags=["courses"])


class CatalogueFilters(Schema):
    lang: str = "kk"
    topic: str = ""
    level: str = ""
    duration: str = ""
    q: str = ""


def _course_data(page, request):
    with translation.override(page.locale.language_code):
        return {
            "id": page.pk,
            "key": page.translation_key,
            "language": page.locale.language_code,
            "title": page.title,
            "summary": page.summary,
            "level": page.level,
            "estimated_minutes": page.estimated_minutes,
            "topic": {"slug": page.topic.slug, "name": page.topic.name} if page.topic else None,
            "url": page.get_url(request=request),
        }


def _lesson_data(lesson, request):
    return {
        "id": lesson.pk,
        "key": lesson.translation_key,
        "title": lesson.title,
        "estimated_minutes": lesson.estimated_minutes,
        "url": lesson.get_url(request=request),
    }


def _progress_data(progress):
    return {"completed": progress.completed, "total": progress.total, "percent": progress.percent}


@router.get("/courses/", response=list[CourseSchema], auth=OptionalAuth())
@paginate(LimitOffsetPagination)
def list_courses(request, filters: Query[CatalogueFilters]):
    """Published courses in one language (``lang``), filtered like the web catalogue."""
    from .models import CourseIndexPage

    locale = Locale.objects.filter(language_code=filters.lang).first()
    if locale is None:
        return []
    courses = []
    for index_page in CourseIndexPage.objects.live().filter(locale=locale):
        courses.extend(index_page.courses(filters.dict()))
    visible = set(access.visible_courses().filter(pk__in=[c.pk for c in courses]).values_list("pk", flat=True))
    return [_course_data(course, request) for course in courses if course.pk in visible]


@router.get("/courses/{int:course_id}", response=CourseDetailSchema, auth=OptionalAuth())
def retrieve_course(request, course_id: int):
    course = access.get_course(course_id)
    data = _course_data(course, request)
    with translation.override(course.locale.language_code):
        data["skills"] = [{"code": s.code, "name": s.name} for s in course.skills.all()]
    data.update(
        audience=course.audience,
        prerequisites=course.prerequisites,
        languages=sorted(
            course.get_translations(inclusive=True).live().values_list("locale__language_code", flat=True)
        ),
        lessons=[_lesson_data(lesson, request) for lesson in course.lessons()],
    )
    return data


def _enrollment_data(enrollment, course):
    return {
        "course_id": course.pk,
        "course_key": enrollment.course_key,
        "status": enrollment.status,
        "enrolled_at": enrollment.enrolled_at,
        "completed_at": enrollment.completed_at,
    }


@router.post("/courses/{int:course_id}/enrolment", response=EnrollmentSchema, auth=API_AUTH)
def enrol(request, course_id: int):
    """Enrol the caller; calling it again returns the same enrolment."""
    course = access.get_course(course_id)
    return _enrollment_data(actions.enrol(request.auth, course), course)


@router.delete("/courses/{int:course_id}/enrolment", response={200: EnrollmentSchema, 404: dict}, auth=API_AUTH)
def leave(request, course_id: int):
    course = access.get_course(course_id)
    enrollment = actions.leave(request.auth, course)
    if enrollment is None:
        return Status(404, {"message": "You are not enrolled in this course.", "detail": "Not Found"})
    return _enrollment_data(enrollment, course)


@router.get("/me/courses", response=list[MyCourseSchema], auth=API_AUTH)
def list_my_courses(request, lang: str = "kk"):
    rows = tracking.learning_overview(request.auth, lang)
    return [
        {
            "course": _course_data(row["course"], request),
            "status": row["enrollment"].status,
            "progress": _progress_data(row["progress"]),
            "continue_lesson": _lesson_data(row["continue_lesson"], request) if row["continue_lesson"] else None,
        }
        for row in rows
    ]


@router.post("/lessons/{int:lesson_id}/complete", response=LessonCompletionSchema, auth=API_AUTH)
def complete_lesson(request, lesson_id: int):
    """Mark a lesson complete (idempotent); enrols the caller in its course if needed."""
    lesson = access.get_lesson(lesson_id)
    course = lesson.course
    progress_row = actions.complete_lesson(request.auth, lesson, course=course)
    lessons = list(course.lessons())
    request.user = request.auth
    progress = tracking.progress_for(request, course, lessons)
    enrollment = Enrollment.objects.get(user=request.auth, course_key=course.translation_key)
    return {
        "lesson_id": lesson.pk,
        "lesson_key": lesson.translation_key,
        "completed_at": progress_row.completed_at,
        "course_status": enrollment.status,
        "progress": _progress_data(progress),
    }
