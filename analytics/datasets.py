"""Load our own tables into pandas frames for the statistics, with one query per table.

- ``attempts_frame``: submitted pre/post attempts (one row each), scores as percent.
- ``matched_frame``: one row per (learner, course) with the latest submitted pre-test and post-test;
  ``pre`` or ``post`` is NaN when that phase is missing (attrition). Pre- and post-tests of a course
  are the two parallel forms of one blueprint (docs/quizzes.md), so their percents are comparable.
- ``learners_frame`` / ``memberships_frame``: learner attributes and cohort memberships.
- ``answers_frame``: one row per answer of the latest submitted attempt per learner and assessment (the
  reference path: the item-quality report itself reads SQL sums, ``analytics.aggregates``).
"""

import numpy as np
import pandas as pd

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Count, Max

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


def frame_from_queryset(queryset, columns):
    """Run the queryset's SQL on a plain cursor: no per-row model or converter work (1M rows in ~1 s)."""
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:
        return pd.DataFrame.from_records([], columns=columns)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return pd.DataFrame.from_records(rows, columns=columns)


ATTEMPT_COLUMNS = ["user_id", "assessment_id", "number", "language", "form", "percent"]


def _assessments(ids):
    """{assessment id: (kind, course key as text)} for the given ids (one small query)."""
    rows = Assessment.objects.filter(pk__in=[int(pk) for pk in ids]).values_list(
        "pk", "kind", "course__translation_key"
    )
    return {pk: (kind, str(key) if key else "") for pk, kind, key in rows}


def _add_assessment_columns(frame):
    info = _assessments(frame["assessment_id"].unique()) if len(frame) else {}
    frame["kind"] = frame["assessment_id"].map({pk: kind for pk, (kind, _key) in info.items()})
    frame["course_key"] = frame["assessment_id"].map({pk: key for pk, (_kind, key) in info.items()})
    # One key per (learner, assessment); only one attempt of each survives the "latest" filters.
    frame["attempt_id"] = frame["user_id"].astype("int64") * 1_000_000 + frame["assessment_id"].astype("int64")
    return frame


def attempts_frame(*, course_key=None, cohort_ids=None, kinds=(Assessment.Kind.PRE_TEST, Assessment.Kind.POST_TEST)):
    """Submitted attempts, oldest first (two queries: the attempts, then their assessments)."""
    rows = (
        _attempts(kinds=kinds, course_key=course_key, cohort_ids=cohort_ids)
        .order_by("submitted_at", "pk")
        .values_list(*ATTEMPT_COLUMNS)
    )
    frame = frame_from_queryset(rows, ATTEMPT_COLUMNS)
    frame["percent"] = frame["percent"].astype(float)
    return _add_assessment_columns(frame)


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
    rows = (
        User.objects.filter(pk__in=user_ids_query)
        .order_by()  # no default ordering: it would sort (and join) 100k rows for nothing
        .values_list("id", "settlement_type", "age_band", "gender")
    )
    return pd.DataFrame.from_records(list(rows), columns=["user_id", "settlement_type", "age_band", "gender"])


def memberships_frame(user_ids_query):
    """(user_id, cohort_id, university_id) plus the cohort's course keys (two queries)."""
    rows = (
        CohortMembership.objects.filter(user_id__in=user_ids_query)
        .order_by()  # the default ordering joins the users and sorts by name: not needed here
        .values_list("user_id", "cohort_id", "cohort__university_id")
    )
    frame = pd.DataFrame.from_records(list(rows), columns=["user_id", "cohort_id", "university_id"])
    through = Cohort.courses.through.objects.order_by().values_list("cohort_id", "coursepage__translation_key")
    courses = {}
    for cohort_id, key in through:
        courses.setdefault(cohort_id, set()).add(str(key))
    return frame, courses


ANSWER_COLUMNS = ["user_id", "assessment_id", "number", "language", "form", "item_id", "score", "correct", "confidence"]


def answers_frame(*, phase=None, course_key=None, cohort_ids=None):
    """Answers of each learner's latest submitted attempt per assessment (highest attempt number), with
    the attempt's assessment, kind, language and form (two queries). ``score`` is the item score 0..1,
    ``correct`` 0/1. Answers are read in one joined query, with integer keys only."""
    kinds = [PHASE_KINDS[phase]] if phase else list(PHASE_KINDS.values())
    answers = Answer.objects.filter(
        score__isnull=False,
        attempt__state=Attempt.State.SUBMITTED,
        attempt__user__isnull=False,
        attempt__assessment__kind__in=kinds,
    )
    if course_key:
        answers = answers.filter(attempt__assessment__course__translation_key=course_key)
    if cohort_ids is not None:
        if not list(cohort_ids):
            return _add_assessment_columns(pd.DataFrame(columns=ANSWER_COLUMNS))
        answers = answers.filter(attempt__user_id__in=_learners_in(cohort_ids))
    rows = answers.values_list(
        "attempt__user_id",
        "attempt__assessment_id",
        "attempt__number",
        "attempt__language",
        "attempt__form",
        "item_id",
        "score",
        "is_correct",
        "confidence",
    )
    frame = frame_from_queryset(rows, ANSWER_COLUMNS)
    if len(frame):
        latest = frame.groupby(["user_id", "assessment_id"])["number"].transform("max")
        frame = frame[frame["number"] == latest].reset_index(drop=True)
    frame["score"] = frame["score"].astype(float)
    frame["correct"] = frame["correct"].fillna(False).astype(np.int8)
    return _add_assessment_columns(frame)


def matrix(frame, value="score"):
    """(attempt ids, item ids, learners x items array with NaN for items not on the form)."""
    attempt_codes, attempt_ids = pd.factorize(frame["attempt_id"])
    item_codes, item_ids = pd.factorize(frame["item_id"], sort=True)
    data = np.full((len(attempt_ids), len(item_ids)), np.nan)
    data[attempt_codes, item_codes] = frame[value].to_numpy(float)
    return attempt_ids, item_ids, data
