"""Progress for whoever is reading: a signed-in learner (database) or an anonymous visitor (session).

Anonymous visitors may read and complete every published lesson; what they complete is kept in
their session and imported into their account when they sign up or log in (courses/signals.py).
"""

from cms.page_cache import SESSION_PROGRESS_KEY

from . import actions
from .models import CoursePage, Enrollment, LessonPage, LessonProgress
from .models.progress import CourseProgress


def _session_completed(request):
    return request.session.get(SESSION_PROGRESS_KEY, {}) if hasattr(request, "session") else {}


def progress_for(request, course: CoursePage, lessons: list) -> CourseProgress:
    keys = [lesson.translation_key for lesson in lessons]
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        done = LessonProgress.objects.completed_keys(user, keys)
    else:
        stored = _session_completed(request)
        done = {key for key in keys if str(key) in stored}
    next_lesson = next((lesson for lesson in lessons if lesson.translation_key not in done), None)
    return CourseProgress(total=len(keys), completed_keys=done, next_lesson=next_lesson)


def enrollment_for(request, course: CoursePage):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    return Enrollment.objects.filter(user=user, course_key=course.translation_key).first()


def record_view(request, lesson: LessonPage) -> None:
    user = getattr(request, "user", None)
    if (
        request.method == "GET"
        and user is not None
        and user.is_authenticated
        and not getattr(request, "is_preview", False)
    ):
        actions.record_view(user, lesson, lesson.course)


def mark_complete(request, lesson: LessonPage) -> None:
    course = lesson.course
    if request.user.is_authenticated:
        actions.complete_lesson(request.user, lesson, course=course)
    else:
        stored = dict(_session_completed(request))
        stored[str(lesson.translation_key)] = str(course.translation_key)
        request.session[SESSION_PROGRESS_KEY] = stored


def import_session(request, user) -> int:
    stored = _session_completed(request)
    if not stored:
        return 0
    count = actions.import_session_progress(user, stored)
    request.session.pop(SESSION_PROGRESS_KEY, None)
    return count


def learning_overview(user, language_code):
    """Rows for "My learning": each current enrolment with its course page, progress and next lesson.

    Four queries whatever the number of courses: enrolments, course pages, lessons, progress.
    """
    from django.db.models import Q

    enrollments = list(Enrollment.objects.for_user(user).current())
    if not enrollments:
        return []
    keys = [e.course_key for e in enrollments]
    pages = {}
    for page in CoursePage.objects.live().filter(translation_key__in=keys).select_related("locale"):
        best = pages.get(page.translation_key)
        if best is None or page.locale.language_code == language_code:
            pages[page.translation_key] = page
    if not pages:
        return []
    path_filter = Q()
    for page in pages.values():
        path_filter |= Q(path__startswith=page.path, depth=page.depth + 1)
    lessons_by_parent = {}
    for lesson in LessonPage.objects.live().filter(path_filter).order_by("path"):
        lessons_by_parent.setdefault(lesson.path[: -LessonPage.steplen], []).append(lesson)
    done = set(
        LessonProgress.objects.for_user(user)
        .completed()
        .filter(course_key__in=keys)
        .values_list("lesson_key", flat=True)
    )
    last_viewed = dict(
        LessonProgress.objects.for_user(user)
        .filter(course_key__in=keys)
        .order_by("course_key", "last_viewed_at")
        .values_list("course_key", "lesson_key")
    )
    rows = []
    for enrollment in enrollments:
        page = pages.get(enrollment.course_key)
        if page is None:
            continue
        lessons = lessons_by_parent.get(page.path, [])
        completed = {lesson.translation_key for lesson in lessons} & done
        next_lesson = next((lesson for lesson in lessons if lesson.translation_key not in completed), None)
        resume = next(
            (lesson for lesson in lessons if lesson.translation_key == last_viewed.get(enrollment.course_key)), None
        )
        if resume is not None and resume.translation_key in completed:
            resume = next_lesson
        rows.append(
            {
                "enrollment": enrollment,
                "course": page,
                "progress": CourseProgress(total=len(lessons), completed_keys=completed, next_lesson=next_lesson),
                "continue_lesson": resume or next_lesson,
            }
        )
    return rows
