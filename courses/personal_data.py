"""What the courses app holds about one person, for "download my data"."""

from .models import CoursePage, Enrollment, LessonPage, LessonProgress


def export_learning(user):
    enrollments = list(Enrollment.objects.for_user(user))
    progress = list(LessonProgress.objects.for_user(user))
    titles = dict(
        CoursePage.objects.filter(translation_key__in=[e.course_key for e in enrollments]).values_list(
            "translation_key", "title"
        )
    )
    lesson_titles = dict(
        LessonPage.objects.filter(translation_key__in=[p.lesson_key for p in progress]).values_list(
            "translation_key", "title"
        )
    )
    return {
        "enrolments": [
            {
                "course": titles.get(e.course_key, str(e.course_key)),
                "status": e.status,
                "enrolled_at": e.enrolled_at.isoformat(),
                "completed_at": e.completed_at.isoformat() if e.completed_at else None,
            }
            for e in enrollments
        ],
        "lessons": [
            {
                "lesson": lesson_titles.get(p.lesson_key, str(p.lesson_key)),
                "first_viewed_at": p.first_viewed_at.isoformat(),
                "last_viewed_at": p.last_viewed_at.isoformat(),
                "completed_at": p.completed_at.isoformat() if p.completed_at else None,
            }
            for p in progress
        ],
    }
