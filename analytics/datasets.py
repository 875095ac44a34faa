"""Load our own tables into pandas frames for the statistics, with one query per table.

- ``attempts_frame``: submitted pre/post attempts (one row each), scores as percent.
- ``matched_frame``: one row per (learner, course) with the latest submitted pre-test and post-test;
  ``pre`` or ``post`` is NaN when that phase is missing (attrition). Pre- and post-tests of a course
  are the two parallel forms of one blueprint (docs/quizzes.md), so their percents are comparable.
- ``learners_frame`` / ``memberships_frame``: learner attributes and cohort memberships.
- ``answers_frame``: one row per answer of the latest submitted attempt per learner and assessment.
"""

import numpy as np
import pandas as pd

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Count, Max, TextField
from django.db.models.functions import Cast

from accounts.models import User
from quizzes.models import Answer, Assessment, Attempt
from universities.models import Cohort, CohortMembership

PHASE_KINDS = {
    "pre": Assessment.Kind.PRE_TEST,
    "post": Assessment.Kind.POST_TEST,
    "quiz": Assessment.Kind.COURSE_QUIZ,
}
KIND_PHASES = {kind: phase for phase, kind in PHASE_KINDS.items()}


def data_version():
    """Changes whenever an attempt is submitted (count and latest submission time): the cache key."""
    row = Attempt.objects.submitted().aggregate(n=Count("pk"), last=Max("submitted_at"))
    last = row["last"].timestamp() if row["last"] else 0
    return f"{row['n']}-{last:.6f}"


def _learners_in(cohort_ids):
    return CohortMembership.objects.filter(cohort_id__in=list(cohort_ids)).values("user_id")


def _attempts(*, kinds, course_key=None, cohort_ids=None):
    attempts = Attempt.objects.submitted().filter(user__isnull=False, assessment__kind__in=list(kinds))
    if course_key:
        attempts = attempts.filter(assessment__course__translation_key=course_key)
    if cohort_ids is not None:
        if not list(cohort_ids):  # no visible cohort: nobody (never "no filter")
            return attempts.none()
        attempts = attempts.filter(user_id__in=_learners_in(cohort_ids))
    return attempts


def attempt_users(*, course_key=None, cohort_ids=None):
    """A subquery of the learners with a submitted pre- or post-test (for the attribute queries)."""
    kinds = (Assessment.Kind.PRE_TEST, Assessment.Kind.POST_TEST)
    return _attempts(kinds=kinds, course_key=course_key, cohort_ids=cohort_ids).values("user_id")


def _frame(queryset, columns):
    """Run the queryset's SQL on a plain cursor: no per-row model or converter work (1M rows in ~1 s)."""
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:
        return pd.DataFrame.from_records([], columns=columns)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return pd.DataFrame.from_records(rows, columns=columns)


def _uuid_text(value):
    """A UUID as text in the canonical dashed form (SQLite stores 32 hex digits, PostgreSQL has dashes)."""
    if not value or "-" in value:
        return value
    return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"


ATTEMPT_COLUMNS = ["attempt_id", "user_id", "assessment_id", "kind", "course_key", "language", "form", "percent"]


def attempts_frame(*, course_key=None, cohort_ids=None, kinds=(Assessment.Kind.PRE_TEST, Assessment.Kind.POST_TEST)):
    """Submitted attempts, oldest first (one query)."""
    rows = (
        _attempts(kinds=kinds, course_key=course_key, cohort_ids=cohort_ids)
        .order_by("submitted_at", "pk")
        .annotate(id_text=Cast("id", TextField()), course_text=Cast("assessment__course__translation_key", TextField()))
        .values_list(
            "id_text", "user_id", "assessment_id", "assessment__kind", "course_text", "language", "form", "percent"
        )
    )
    frame = _frame(rows, ATTEMPT_COLUMNS)
    frame["course_key"] = frame["course_key"].fillna("").map(_uuid_text)
    frame["percent"] = frame["percent"].astype(float)
    return frame


def matched_frame(attempts):
    """One row per (user_id, course_key): pre, post (percent or NaN), language (of the post-test, else pre)."""
    latest = attempts.drop_duplicates(["user_id", "course_key", "kind"], keep="last")
    columns = ["user_id", "course_key", "pre", "post", "language"]
    if latest.empty:
        return pd.DataFrame(columns=columns)
    pre = latest[latest["kind"] == Assessment.Kind.PRE_TEST].set_index(["user_id", "course_key"])
    post = latest[latest["kind"] == Assessment.Kind.POST_TEST].set_index(["user_id", "course_key"])
    frame = pd.DataFrame({"pre": pre["percent"], "post": post["percent"]})
    frame["language"] = post["language"].reindex(frame.index).fillna(pre["language"].reindex(frame.index))
    return frame.reset_index()[columns]


def learners_frame(user_ids_query):
    """Learner attributes for the users in ``user_ids_query`` (a values("user_id") queryset)."""
    rows = User.objects.filter(pk__in=user_ids_query).values_list("id", "settlement_type", "age_band", "gender")
    return pd.DataFrame.from_records(list(rows), columns=["user_id", "settlement_type", "age_band", "gender"])


def memberships_frame(user_ids_query):
    """(user_id, cohort_id, university_id) plus the cohort's course keys (two queries)."""
    rows = CohortMembership.objects.filter(user_id__in=user_ids_query).values_list(
        "user_id", "cohort_id", "cohort__university_id"
    )
    frame = pd.DataFrame.from_records(list(rows), columns=["user_id", "cohort_id", "university_id"])
    through = Cohort.courses.through.objects.values_list("cohort_id", "coursepage__translation_key")
    courses = {}
    for cohort_id, key in through:
        courses.setdefault(cohort_id, set()).add(str(key))
    return frame, courses


ANSWER_COLUMNS = ["attempt_id", "item_id", "score", "correct", "confidence"]


def answers_frame(*, phase=None, course_key=None, cohort_ids=None):
    """Answers of each learner's latest submitted attempt per assessment, with the attempt's
    assessment, language and form (two queries). ``score`` is the item score 0..1, ``correct`` 0/1."""
    kinds = [PHASE_KINDS[phase]] if phase else list(PHASE_KINDS.values())
    attempts = attempts_frame(course_key=course_key, cohort_ids=cohort_ids, kinds=kinds)
    attempts = attempts.drop_duplicates(["user_id", "assessment_id"], keep="last")
    answers = (
        Answer.objects.filter(
            attempt__in=_attempts(kinds=kinds, course_key=course_key, cohort_ids=cohort_ids), score__isnull=False
        )
        .annotate(attempt_text=Cast("attempt_id", TextField()))
        .values_list("attempt_text", "item_id", "score", "is_correct", "confidence")
    )
    frame = _frame(answers, ANSWER_COLUMNS)
    frame = frame.merge(attempts, on="attempt_id", how="inner")
    frame["score"] = frame["score"].astype(float)
    frame["correct"] = frame["correct"].fillna(False).astype(np.int8)
    return frame


def matrix(frame, value="score"):
    """(attempt ids, item ids, learners x items array with NaN for items not on the form)."""
    attempt_codes, attempt_ids = pd.factorize(frame["attempt_id"])
    item_codes, item_ids = pd.factorize(frame["item_id"], sort=True)
    data = np.full((len(attempt_ids), len(item_ids)), np.nan)
    data[attempt_codes, item_codes] = frame[value].to_numpy(float)
    return attempt_ids, item_ids, data
