"""Engagement: the funnel enrolled > started > completed > certified per course (optionally per cohort) and
drop-off by lesson, each counted in a fixed number of queries whatever the number of courses or learners.

- enrolled: learners with an enrolment in the course (also those who left later);
- started: enrolled learners who opened at least one lesson of the course;
- completed: enrolments marked completed (every lesson done);
- certified: learners holding a valid certificate for the course.
Counts of 1 to ``suppression.MIN_CELL`` - 1 are returned as None (shown "<5") with the stage listed in ``small``.
"""

from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import get_language, pgettext

from courses.models import CoursePage, Enrollment, LessonPage, LessonProgress
from quizzes.models import Attempt

from . import suppression

STAGES = ("enrolled", "started", "completed", "certified")


def stage_labels():
    return {
        "enrolled": pgettext("analytics funnel", "Enrolled"),
        "started": pgettext("analytics funnel", "Started"),
        "completed": pgettext("analytics funnel", "Completed"),
        "certified": pgettext("analytics funnel", "Certified"),
    }


COHORT = "user__cohort_memberships__cohort_id"


def _language():
    return (get_language() or "kk").split("-")[0]


def page_titles(model, keys):
    """{translation_key: title} in the active language, the Kazakh source when there is no translation."""
    language = _language()
    titles = {}
    rows = (
        model.objects.live()
        .filter(translation_key__in=list(keys), locale__language_code__in={language, "kk"})
        .values_list("translation_key", "locale__language_code", "title")
    )
    for key, code, title in rows:
        if code == language or key not in titles:
            titles[key] = title
    return titles


def course_keys():
    """Keys of every live course, in catalogue order (of the Kazakh source)."""
    return list(
        CoursePage.objects.live()
        .filter(locale__language_code="kk")
        .order_by("path")
        .values_list("translation_key", flat=True)
    )


def small(n):
    """1 to 4 people: suppressed. Zero is shown (it describes nobody)."""
    return bool(n) and suppression.is_small(n)


def _suppress(row):
    row["small"] = [stage for stage in STAGES if small(row[stage])]
    row["suppressed"] = "enrolled" in row["small"]
    for stage in STAGES if row["suppressed"] else row["small"]:
        row[stage] = None
    return row


def _grouped(queryset, by_cohort, **annotations):
    fields = [COHORT, "course_key"] if by_cohort else ["course_key"]
    result = {}
    for row in queryset.order_by().values(*fields).annotate(**annotations):
        key = (row[COHORT] if by_cohort else None, row["course_key"])
        result[key] = row
    return result


def funnel(*, cohort_ids=None, keys=None) -> list[dict]:
    """Funnel rows, one per course, or per (cohort, course of that cohort) when ``cohort_ids`` is given.

    Row: ``{"group", "label", "cohort", "course_key", "enrolled", "started", "completed", "certified",
    "small", "suppressed"}``. Five queries (six with cohorts), whatever the size.
    """
    from certificates.models import Certificate

    by_cohort = cohort_ids is not None
    keys = course_keys() if keys is None else list(keys)
    enrolments = Enrollment.objects.filter(course_key__in=keys)
    progress = LessonProgress.objects.filter(course_key__in=keys).filter(
        Exists(Enrollment.objects.filter(user=OuterRef("user"), course_key=OuterRef("course_key")))
    )
    certificates = Certificate.objects.valid().filter(course_key__in=keys)
    if by_cohort:
        cohort_ids = list(cohort_ids)
        enrolments = enrolments.filter(**{f"{COHORT}__in": cohort_ids})
        progress = progress.filter(**{f"{COHORT}__in": cohort_ids})
        certificates = certificates.filter(**{f"{COHORT}__in": cohort_ids})
    counted = {
        "enrolled": _grouped(enrolments, by_cohort, n=Count("user", distinct=True)),
        "completed": _grouped(
            enrolments,
            by_cohort,
            n=Count(
                "user", distinct=True, filter=Q(status=Enrollment.Status.COMPLETED) | Q(completed_at__isnull=False)
            ),
        ),
        "started": _grouped(progress, by_cohort, n=Count("user", distinct=True)),
        "certified": _grouped(certificates, by_cohort, n=Count("user", distinct=True)),
    }
    titles = page_titles(CoursePage, keys)
    if by_cohort:
        from universities.models import Cohort

        pairs = [
            (cohort_id, key)
            for cohort_id, key in Cohort.courses.through.objects.filter(
                cohort_id__in=cohort_ids, coursepage__translation_key__in=keys
            )
            .order_by("cohort_id", "coursepage__path")
            .values_list("cohort_id", "coursepage__translation_key")
        ]
    else:
        pairs = [(None, key) for key in keys]
    rows = []
    for cohort_id, key in pairs:
        row = {
            "group": str(key) if cohort_id is None else f"{cohort_id}:{key}",
            "label": titles.get(key, str(key)),
            "cohort": cohort_id,
            "course_key": str(key),
        }
        for stage in STAGES:
            found = counted[stage].get((cohort_id, key))
            row[stage] = found["n"] if found else 0
        rows.append(_suppress(row))
    return rows


def course_source(key):
    return CoursePage.objects.live().filter(translation_key=key, locale__language_code="kk").first()


def dropoff(key) -> list[dict]:
    """Per lesson of the course, in order: how many enrolled learners opened it and how many completed it.

    Row: ``{"group": lesson key, "label", "position", "viewed", "completed", "suppressed"}``; four queries.
    """
    course = course_source(key)
    if course is None:
        return []
    lesson_keys = list(course.lessons().values_list("translation_key", flat=True))
    titles = page_titles(LessonPage, lesson_keys)
    counts = {
        row["lesson_key"]: row
        for row in LessonProgress.objects.filter(course_key=key, lesson_key__in=lesson_keys)
        .order_by()
        .values("lesson_key")
        .annotate(
            viewed=Count("user", distinct=True),
            completed=Count("user", distinct=True, filter=Q(completed_at__isnull=False)),
        )
    }
    rows = []
    for position, lesson_key in enumerate(lesson_keys, start=1):
        found = counts.get(lesson_key, {})
        row = {
            "group": str(lesson_key),
            "label": titles.get(lesson_key, str(lesson_key)),
            "position": position,
            "viewed": found.get("viewed", 0),
            "completed": found.get("completed", 0),
        }
        row["suppressed"] = small(row["viewed"])
        for field in ("viewed", "completed"):
            if row["suppressed"] or small(row[field]):
                row[field] = None
        rows.append(row)
    return rows


def totals() -> dict:
    """Site-wide numbers for the public impact page: learners, completed courses, valid certificates."""
    from certificates.models import Certificate

    counts = Enrollment.objects.aggregate(
        completed=Count("pk", filter=Q(status=Enrollment.Status.COMPLETED) | Q(completed_at__isnull=False)),
    )
    # A learner is anyone who enrolled or submitted a test (a pre-test can be taken before enrolling).
    enrolled = Enrollment.objects.order_by().values("user_id")
    tested = Attempt.objects.submitted().filter(user__isnull=False).order_by().values("user_id")
    counts["learners"] = enrolled.union(tested).count()
    counts["certificates"] = Certificate.objects.valid().count()
    counts["courses"] = len(course_keys())
    for name in ("learners", "completed", "certificates"):
        if small(counts[name]):
            counts[name] = None
    return counts
