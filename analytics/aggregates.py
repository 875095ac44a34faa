"""Sufficient statistics of the answers, computed in SQL: only aggregate rows leave the database.

The item-quality report needs, per (assessment, language, form, item), sums over the latest submitted
attempt per learner and assessment (the same attempts as ``datasets.answers_frame``): n, sum x, sum x^2,
sum X, sum X^2, sum x*X (x = item score, X = the attempt's total), and, for Mantel-Haenszel, those counts
split by the attempt's total-score band and by right/wrong; calibration needs counts per confidence level
and the distinct learners per level. All of it comes from ONE statement (portable SQL: CTEs, a window
function and UNION ALL; SQLite >= 3.25 and PostgreSQL), so the answers are read and joined once.
"""

import pandas as pd

from django.core.exceptions import EmptyResultSet
from django.db import connection

from quizzes.models import Answer, Attempt

from .datasets import PHASE_KINDS, _learners_in

ITEM_SUM_COLUMNS = [
    "assessment_id",
    "language",
    "form",
    "k",  # scored answers of the attempt (a block is complete when k = the form's item count)
    "item_id",
    "band",
    "correct",
    "confidence",  # NULL when the answer had none (calibration counts come from these rows)
    "n",
    "sx",
    "sxx",
    "s_total",
    "s_total2",
    "sx_total",
]


CONFIDENCE_LEVELS = (1, 2, 3)


def _attempts_sql(*, phase, course_key, cohort_ids):
    """(SQL, params) of the eligible attempts, or None when no attempt can match."""
    kinds = [PHASE_KINDS[phase]] if phase else list(PHASE_KINDS.values())
    attempts = Attempt.objects.filter(state=Attempt.State.SUBMITTED, user__isnull=False, assessment__kind__in=kinds)
    if course_key:
        attempts = attempts.filter(assessment__course__translation_key=course_key)
    if cohort_ids is not None:
        if not list(cohort_ids):
            return None
        attempts = attempts.filter(user_id__in=_learners_in(cohort_ids))
    rows = attempts.order_by().values_list("id", "user_id", "assessment_id", "number", "language", "form")
    try:
        sql, params = rows.query.sql_with_params()
    except EmptyResultSet:
        return None
    return sql, list(params)


def _sql(attempts_sql, *, mh_bands, language):
    """One statement: per-attempt totals (``tot``), the latest attempt per learner and assessment flagged
    (``latest``; flagged, not filtered, so the planner's row estimate stays right and it hash-aggregates),
    then per-answer sums (also split by confidence) UNION ALL the distinct learners per confidence level
    (``part`` = 'i' / 'c')."""
    q = connection.ops.quote_name
    meta = Answer._meta
    answer = q(meta.db_table)
    attempt, item = q(meta.get_field("attempt").column), q(meta.get_field("item").column)
    score, correct = q(meta.get_field("score").column), q(meta.get_field("is_correct").column)
    confidence = q(meta.get_field("confidence").column)
    right = f"CASE WHEN an.{correct} THEN 1 ELSE 0 END"
    has_level = ", ".join(
        f"MAX(CASE WHEN an.{confidence} = {level} THEN 1 ELSE 0 END) AS c{level}" for level in CONFIDENCE_LEVELS
    )
    language_filter = " AND l.language = %s" if language is not None else ""
    learners = " UNION ALL ".join(
        f"SELECT 'c', {level}, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, COUNT(DISTINCT l.user_id), "  # noqa: S608
        f"NULL, NULL, NULL, NULL, NULL FROM latest l WHERE l.is_latest = 1 AND l.c{level} = 1{language_filter}"
        for level in CONFIDENCE_LEVELS
    )
    bands = int(mh_bands)
    # band = right answers // ceil((k + 1) / MH_BANDS): integer division of non-negative integers
    return f"""
    WITH att (id, user_id, assessment_id, number, language, form) AS ({attempts_sql}),
    tot AS (
        SELECT att.id, att.user_id, att.assessment_id, att.number, att.language, att.form,
               SUM(an.{score}) AS total, COUNT(*) AS k, SUM({right}) AS n_right, {has_level}
        FROM att JOIN {answer} an ON an.{attempt} = att.id
        WHERE an.{score} IS NOT NULL
        GROUP BY att.id, att.user_id, att.assessment_id, att.number, att.language, att.form
    ),
    latest AS (
        SELECT tot.*, tot.n_right / ((tot.k + {bands}) / {bands}) AS band,
               CASE WHEN tot.number = MAX(tot.number) OVER (PARTITION BY tot.user_id, tot.assessment_id)
                    THEN 1 ELSE 0 END AS is_latest
        FROM tot
    )
    SELECT 'i', l.is_latest, l.assessment_id, l.language, l.form, l.k, an.{item}, l.band, {right},
           an.{confidence}, COUNT(*), SUM(an.{score}), SUM(an.{score} * an.{score}), SUM(l.total),
           SUM(l.total * l.total), SUM(an.{score} * l.total)
    FROM latest l JOIN {answer} an ON an.{attempt} = l.id
    WHERE an.{score} IS NOT NULL
    GROUP BY l.is_latest, l.assessment_id, l.language, l.form, l.k, an.{item}, l.band, {right}, an.{confidence}
    UNION ALL
    {learners}
    """  # noqa: S608  (identifiers from _meta, values as params)


PLANNER_SETTINGS = {"work_mem": "256MB", "enable_sort": "off", "jit": "off"}


def _run_hashed(cursor, sql, params):
    """PostgreSQL: the planner cannot estimate how few groups the CTE columns make, so it would sort the 1M
    joined rows (2 s, spilling to disk); hashing them into the ~thousand groups takes 0.2 s, and JIT only
    adds compile time. The settings hold for this statement only (session-level, restored afterwards; no
    transaction of our own, so no savepoint inside a request's)."""
    names = list(PLANNER_SETTINGS)
    calls = ", ".join(f"current_setting('{name}'), set_config('{name}', %s, false)" for name in names)
    cursor.execute(f"SELECT {calls}", [PLANNER_SETTINGS[name] for name in names])
    old = cursor.fetchone()[0::2]
    try:
        cursor.execute(sql, params)
        return cursor.fetchall()
    finally:
        restore = ", ".join(f"set_config('{name}', %s, false)" for name in names)
        cursor.execute(f"SELECT {restore}", list(old))


RAW_COLUMNS = ["part", "is_latest", *ITEM_SUM_COLUMNS]


def answer_sums(*, phase=None, course_key=None, cohort_ids=None, language=None, mh_bands=4):
    """(item sums frame of ITEM_SUM_COLUMNS, {confidence level: (answers, right, distinct learners)}) over the
    latest submitted attempt per learner and assessment; confidence counts only for ``language`` if given."""
    attempts = _attempts_sql(phase=phase, course_key=course_key, cohort_ids=cohort_ids)
    if attempts is None:
        return pd.DataFrame(columns=ITEM_SUM_COLUMNS), {}
    attempts_sql, params = attempts
    sql = _sql(attempts_sql, mh_bands=mh_bands, language=language)
    params = params + (len(CONFIDENCE_LEVELS) * [language] if language is not None else [])
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        else:
            rows = _run_hashed(cursor, sql, params)
    raw = pd.DataFrame.from_records(rows, columns=RAW_COLUMNS)
    frame = raw[(raw["part"] == "i") & (raw["is_latest"] == 1)][ITEM_SUM_COLUMNS].reset_index(drop=True)
    for column in ("sx", "sxx", "s_total", "s_total2", "sx_total"):
        frame[column] = frame[column].astype(float)
    for column in ("assessment_id", "k", "item_id", "band", "correct", "n"):
        frame[column] = frame[column].astype("int64")
    answers = frame.dropna(subset=["confidence"])
    if language is not None:
        answers = answers[answers["language"] == language]
    counts = {}
    for level in CONFIDENCE_LEVELS:
        here = answers[answers["confidence"] == level]
        learners = raw[(raw["part"] == "c") & (raw["is_latest"] == level)]["n"]  # 'c' rows: the level, then n
        if int(here["n"].sum()):
            counts[level] = (
                int(here["n"].sum()),
                int(here.loc[here["correct"] == 1, "n"].sum()),
                int(learners.iloc[0]),
            )
    return frame, counts
