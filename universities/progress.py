"""Roster rows: each student's progress, last activity, pre/post scores and certificates, in a fixed
number of queries for a whole cohort (courses' lesson progress and enrolments, quizzes' attempts).
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db.models import Max
from django.utils import timezone

from courses.models import Enrollment, LessonPage, LessonProgress
from quizzes.models import Assessment, Attempt

PRE, POST, QUIZ = Assessment.Kind.PRE_TEST, Assessment.Kind.POST_TEST, Assessment.Kind.COURSE_QUIZ


@dataclass
class CourseResult:
    course: object
    total: int = 0
    completed: int = 0
    status: str = ""
    pre: float | None = None
    post: float | None = None
    quiz: float | None = None
    failing: bool = False

    @property
    def percent(self):
        return round(100 * self.completed / self.total) if self.total else 0

    @property
    def grade(self):
        """The grade exported to the university: best post-test %, else best course-quiz %, else none."""
        value = self.post if self.post is not None else self.quiz
        return None if value is None else round(value, 1)


@dataclass
class StudentRow:
    membership: object
    courses: list = field(default_factory=list)
    last_activity: object = None
    certificates: list | None = None

    @property
    def user(self):
        return self.membership.user

    @property
    def percent(self):
        return round(sum(c.percent for c in self.courses) / len(self.courses)) if self.courses else 0

    @property
    def pre(self):
        return _mean([c.pre for c in self.courses])

    @property
    def post(self):
        return _mean([c.post for c in self.courses])

    @property
    def is_failing(self):
        return any(c.failing for c in self.courses)

    def inactive_since(self, now=None):
        """The moment from which inactivity counts: last activity, or joining if nothing was done."""
        return self.last_activity or self.membership.joined_at

    def is_inactive(self, now=None):
        now = now or timezone.now()
        return self.inactive_since() < now - timedelta(days=settings.SAUAT_AT_RISK_DAYS)

    def risk_reasons(self, now=None):
        from django.utils.translation import gettext as _

        reasons = []
        if self.is_inactive(now):
            reasons.append(_("No activity for %(days)d days") % {"days": settings.SAUAT_AT_RISK_DAYS})
        if self.is_failing:
            reasons.append(_("Failing a test"))
        return reasons


def _mean(values):
    values = [v for v in values if v is not None]
    return round(sum(values) / len(values), 1) if values else None


def certificates_by_user(users_filter, course_keys):
    """{user_id: [course_key, ...]} of the students' valid certificates for the cohort's courses."""
    from certificates.models import Certificate

    rows = (
        Certificate.objects.valid()
        .filter(course_key__in=course_keys, **{f"user__{k}": v for k, v in users_filter.items()})
        .values_list("user_id", "course_key")
    )
    result = {}
    for user_id, key in rows:
        result.setdefault(user_id, []).append(key)
    return result


def roster(cohort, members=None):
    """[StudentRow] for ``members`` (a CohortMembership queryset; default: the whole cohort)."""
    if members is None:
        members = cohort.members.all()
    members = list(members.select_related("user"))
    if not members:
        return []
    user_filter = {"cohort_memberships__cohort": cohort}
    user_ids = [m.user_id for m in members] if len(members) <= 500 else None

    def for_users(queryset):
        if user_ids is not None:
            return queryset.filter(user_id__in=user_ids)
        return queryset.filter(user__cohort_memberships__cohort=cohort)

    courses = cohort.course_list()
    keys = [course.translation_key for course in courses]
    lessons = {}
    for path, key in (
        LessonPage.objects.live().filter(locale__language_code="kk").values_list("path", "translation_key")
    ):
        lessons.setdefault(path[: -LessonPage.steplen], set()).add(key)
    lesson_keys = {}
    for course in courses:
        source_path = _source_path(course)
        lesson_keys[course.translation_key] = lessons.get(source_path, set())
    all_lessons = set().union(*lesson_keys.values()) if lesson_keys else set()

    done = {}
    last = {}
    progress = (
        for_users(LessonProgress.objects.filter(course_key__in=keys))
        .values("user_id", "course_key", "lesson_key", "completed_at", "last_viewed_at")
        .iterator(chunk_size=2000)
    )
    for row in progress:
        if row["completed_at"] and row["lesson_key"] in all_lessons:
            done.setdefault((row["user_id"], row["course_key"]), set()).add(row["lesson_key"])
        moment = max(filter(None, (row["completed_at"], row["last_viewed_at"])))
        if row["user_id"] not in last or moment > last[row["user_id"]]:
            last[row["user_id"]] = moment
    enrolments = for_users(Enrollment.objects.filter(course_key__in=keys))
    statuses = {
        (user_id, key): status for user_id, key, status in enrolments.values_list("user_id", "course_key", "status")
    }
    scores = {}
    attempts = (
        for_users(
            Attempt.objects.submitted().filter(
                assessment__kind__in=[PRE, POST, QUIZ], assessment__course__translation_key__in=keys
            )
        )
        .order_by("submitted_at")
        .values_list("user_id", "assessment__course__translation_key", "assessment__kind", "percent", "passed")
    )
    for user_id, key, kind, percent, passed in attempts:
        scores.setdefault((user_id, key), []).append((kind, percent, passed))
    for user_id, moment in (
        for_users(Attempt.objects.all())
        .values("user_id")
        .annotate(latest=Max("started_at"))
        .values_list("user_id", "latest")
    ):
        if moment and (user_id not in last or moment > last[user_id]):
            last[user_id] = moment
    certificates = certificates_by_user(user_filter, keys)

    rows = []
    for membership in members:
        row = StudentRow(membership=membership, last_activity=last.get(membership.user_id))
        if certificates is not None:
            row.certificates = certificates.get(membership.user_id, [])
        for course in courses:
            key = course.translation_key
            result = CourseResult(
                course=course,
                total=len(lesson_keys[key]),
                completed=len(done.get((membership.user_id, key), ())),
                status=statuses.get((membership.user_id, key), ""),
            )
            entries = scores.get((membership.user_id, key), [])
            for kind, percent, _passed in entries:
                if kind == PRE and result.pre is None:
                    result.pre = percent
                elif kind == POST:
                    result.post = percent if result.post is None else max(result.post, percent)
                elif kind == QUIZ:
                    result.quiz = percent if result.quiz is None else max(result.quiz, percent)
            graded_kind = POST if result.post is not None else QUIZ
            results = [passed for kind, _percent, passed in entries if kind == graded_kind]
            result.failing = bool(results) and not any(results) and False in results
            row.courses.append(result)
        rows.append(row)
    return rows


def _source_path(course):
    """Path of the Kazakh (source) version of ``course``: lessons are counted there, keyed by translation."""
    if course.locale.language_code == "kk":  # locale is selected with the course (Cohort.course_list)
        return course.path
    from courses.models import CoursePage

    source = CoursePage.objects.filter(translation_key=course.translation_key, locale__language_code="kk").first()
    return source.path if source else course.path


def at_risk(rows, now=None):
    return [row for row in rows if row.risk_reasons(now)]
