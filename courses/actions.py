"""Enrolment and completion workflows: one place for the web views, the API and the demo loader."""

from django.db import IntegrityError, transaction
from django.dispatch import Signal
from django.utils import timezone

from .models import CoursePage, Enrollment, LessonPage, LessonProgress

#: Sent when learners enrol or rejoin: ``user_ids``, ``course``. Analytics listens (and records after commit).
enrolled = Signal()
#: Sent when a signed-in learner opens a lesson: ``user``, ``lesson``, ``course``.
lesson_viewed = Signal()
#: Sent when a lesson is completed for the first time: ``user``, ``lesson``, ``course``.
lesson_completed = Signal()


def enrol(user, course: CoursePage) -> Enrollment:
    """Enrol ``user`` in ``course`` (any language version); enrolling twice gives one enrolment."""
    try:
        with transaction.atomic():
            enrollment, created = Enrollment.objects.get_or_create(user=user, course_key=course.translation_key)
    except IntegrityError:  # a concurrent request created it first
        enrollment = Enrollment.objects.get(user=user, course_key=course.translation_key)
        created = False
    if not created and enrollment.status == Enrollment.Status.LEFT:
        enrollment.rejoin()
        created = True
    if created:
        enrolled.send(sender=Enrollment, user_ids=[user.pk], course=course)
    return enrollment


def enrol_many(users, course: CoursePage) -> int:
    """Enrol many learners at once (university bulk enrolment): the same result as ``enrol`` for each,
    in two queries instead of two per learner. Returns how many enrolments were created or rejoined."""
    users = [user for user in users if user.pk]
    existing = {e.user_id: e for e in Enrollment.objects.filter(user__in=users, course_key=course.translation_key)}
    missing = [Enrollment(user=user, course_key=course.translation_key) for user in users if user.pk not in existing]
    Enrollment.objects.bulk_create(missing, ignore_conflicts=True)  # a concurrent enrol() may have won: fine
    left = [e for e in existing.values() if e.status == Enrollment.Status.LEFT]
    for enrollment in left:
        enrollment.rejoin()
    # With ignore_conflicts a row lost to a concurrent enrol() is still announced here (rare; at worst one
    # extra "enrolled" event).
    enrolled.send(sender=Enrollment, user_ids=[e.user_id for e in missing + left], course=course)
    return len(missing) + len(left)


def leave(user, course: CoursePage) -> Enrollment | None:
    enrollment = Enrollment.objects.filter(user=user, course_key=course.translation_key).first()
    if enrollment and enrollment.is_current:
        enrollment.leave()
    return enrollment


def _progress_row(user, lesson: LessonPage, course_key):
    try:
        with transaction.atomic():
            return LessonProgress.objects.get_or_create(
                user=user, lesson_key=lesson.translation_key, defaults={"course_key": course_key}
            )[0]
    except IntegrityError:
        return LessonProgress.objects.get(user=user, lesson_key=lesson.translation_key)


def record_view(user, lesson: LessonPage, course: CoursePage) -> None:
    """Remember the lesson as the place to continue from."""
    updated = LessonProgress.objects.filter(user=user, lesson_key=lesson.translation_key).update(
        last_viewed_at=timezone.now()
    )
    if not updated:
        _progress_row(user, lesson, course.translation_key)
    lesson_viewed.send(sender=LessonProgress, user=user, lesson=lesson, course=course)


def complete_lesson(user, lesson: LessonPage, *, course: CoursePage | None = None) -> LessonProgress:
    """Mark a lesson done (idempotent), enrol the learner, and complete the course on its last lesson."""
    course = course or lesson.course
    enrollment = enrol(user, course)
    progress = _progress_row(user, lesson, course.translation_key)
    if progress.completed_at is None:
        progress.completed_at = timezone.now()
        progress.save(update_fields=["completed_at"])
        lesson_completed.send(sender=LessonProgress, user=user, lesson=lesson, course=course)
    if enrollment.status == Enrollment.Status.ACTIVE:
        lesson_keys = list(course.lessons().values_list("translation_key", flat=True))
        done = LessonProgress.objects.completed_keys(user, lesson_keys)
        if lesson_keys and len(done) >= len(lesson_keys):
            enrollment.complete()
    return progress


def import_session_progress(user, completed: dict) -> int:
    """Keep what an anonymous visitor completed before signing up or logging in.

    ``completed`` maps lesson translation keys to course translation keys (from the session).
    Returns how many lessons were imported.
    """
    count = 0
    for lesson_key, course_key in completed.items():
        lesson = LessonPage.objects.live().filter(translation_key=lesson_key).first()
        course = CoursePage.objects.live().filter(translation_key=course_key).first()
        if lesson and course:
            complete_lesson(user, lesson, course=course)
            count += 1
    return count
