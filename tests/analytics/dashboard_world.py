"""Test data for the dashboard, API and access tests: two universities (A = KazNU, B = ENU from the demo),
cohorts with learners who took the pre-test and the post-test, and one person per role.

- cohort_a (A, taught by instructor_a): 6 learners, all enrolled, 5 with lessons done; named like a formula;
- cohort_a2 (A, nobody teaches it): 6 learners;
- cohort_b (B): 6 learners;
- cohort_small (A): 2 learners, a group too small to show.
"""

from types import SimpleNamespace

from django.contrib.auth.models import Group

from accounts import roles
from courses import actions as course_actions
from courses.models import CoursePage
from quizzes import actions as quiz_actions
from quizzes.models import Assessment
from tests.conftest import make_user
from universities.models import Cohort, CohortMembership, University, UniversityMembership

FORMULA_NAME = '=HYPERLINK("http://evil.test","x")'

# Who sees which cohort's analytics (pages and API alike): 200 or 404, never another university's cohort.
COHORT_VISIBILITY = [
    ("admin_a", "cohort_a", 200),
    ("admin_a", "cohort_a2", 200),
    ("admin_a", "cohort_b", 404),
    ("instructor_a", "cohort_a", 200),
    ("instructor_a", "cohort_a2", 404),
    ("instructor_a", "cohort_b", 404),
    ("admin_b", "cohort_b", 200),
    ("admin_b", "cohort_a", 404),
    ("superuser", "cohort_b", 200),
]


def take(user, assessment, percent):
    attempt = quiz_actions.start_attempt(user, assessment, "kk")
    max_score = float(len(attempt.layout)) or 1.0
    attempt.mark_submitted(
        SimpleNamespace(
            score=round(max_score * percent / 100, 2),
            max_score=max_score,
            percent=float(percent),
            passed=None,
            cbm_score=None,
            breakdown={},
            calibration={},
        )
    )


def fill(cohort, prefix, count, *, course, pre, post, lessons):
    for index in range(count):
        user = make_user(f"{prefix}{index}@students.test", display_name=f"{prefix} {index}")
        CohortMembership.objects.create(cohort=cohort, user=user)
        course_actions.enrol(user, course)
        if pre is not None:
            take(user, pre, 30 + index * 5)
        for lesson in lessons:
            course_actions.complete_lesson(user, lesson, course=course)
        if post is not None:
            take(user, post, 60 + index * 5)


def build_world():
    uni_a = University.objects.get(slug="kaznu")
    uni_b = University.objects.get(slug="enu")
    course = CoursePage.objects.live().get(locale__language_code="kk", slug="consumer-rights")
    lessons = list(course.lessons())
    pre = Assessment.objects.published().filter(kind=Assessment.Kind.PRE_TEST, course=course).first()
    post = Assessment.objects.published().filter(kind=Assessment.Kind.POST_TEST, course=course).first()
    cohorts = {}
    for name, university in (
        ("cohort_a", uni_a),
        ("cohort_a2", uni_a),
        ("cohort_b", uni_b),
        ("cohort_small", uni_a),
    ):
        cohort = Cohort.objects.create(university=university, name=FORMULA_NAME if name == "cohort_a" else name)
        cohort.courses.set([course])
        cohorts[name] = cohort
    fill(cohorts["cohort_a"], "a", 6, course=course, pre=pre, post=post, lessons=lessons)
    fill(cohorts["cohort_a2"], "aa", 6, course=course, pre=pre, post=post, lessons=lessons[:1])
    fill(cohorts["cohort_b"], "b", 6, course=course, pre=pre, post=post, lessons=lessons[:1])
    fill(cohorts["cohort_small"], "s", 2, course=course, pre=pre, post=post, lessons=[])
    people = {
        name: make_user(f"{name}@uni.test", display_name=name.title())
        for name in ("admin_a", "instructor_a", "admin_b", "editor", "reviewer", "learner")
    }
    people["superuser"] = make_user("root@uni.test", is_superuser=True, is_staff=True)
    UniversityMembership.objects.create(university=uni_a, user=people["admin_a"], role="administrator")
    UniversityMembership.objects.create(university=uni_a, user=people["instructor_a"], role="instructor")
    UniversityMembership.objects.create(university=uni_b, user=people["admin_b"], role="administrator")
    cohorts["cohort_a"].instructors.add(people["instructor_a"])
    people["editor"].groups.add(Group.objects.get(name=roles.EDITORS))
    people["reviewer"].groups.add(Group.objects.get(name=roles.LEGAL_REVIEWERS))
    return SimpleNamespace(
        uni_a=uni_a, uni_b=uni_b, course=course, lessons=lessons, pre=pre, post=post, **cohorts, **people
    )
