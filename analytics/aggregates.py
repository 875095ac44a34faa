"""Sufficient statistics of the answers, computed in SQL: only aggregate rows leave the database.

The item-quality report needs, per (assessment, language, form, item), sums over the latest submitted
attempt per learner and assessment (the same attempts as ``datasets.answers_frame``): n, sum x, sum x^2,
sum X, sum X^2, sum x*X (x = item score, X = the attempt's total), and, for Mantel-Haenszel, those counts
split by the attempt's total-score band and by right/wrong; calibration needs counts per confidence level.
One query each (portable SQL: CTEs and a window function, SQLite >= 3.25 and PostgreSQL).
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
    "n",
    "sx",
    "sxx",
    "s_total",
    "s_total2",
    "sx_total",
]


def _latest_attempts_sql(*, phase, course_key, cohort_ids, mh_bands):
    """(SQL of the WITH clause defining ``latest``, params) or None when no attempt can match."""
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
        attempts_sql, params = rows.query.sql_with_params()
    except EmptyResultSet:
        return None
    q = connection.ops.quote_name
    answer, attempt_fk = q(Answer._meta.db_table), q(Answer._meta.get_field("attempt").column)
    score, is_correct = q(Answer._meta.get_field("score").column), q(Answer._meta.get_field("is_correct").column)
    # band = right answers // ceil((k + 1) / MH_BANDS), as datasets-based _bias_rows had it
    sql = f"""
    WITH att (id, user_id, assessment_id, number, language, form) AS ({attempts_sql}),
    tot AS (
        SELECT att.id, att.user_id, att.assessment_id, att.number, att.language, att.form,
               SUM(an.{score}) AS total, COUNT(*) AS k,
               SUM(CASE WHEN an.{is_correct} THEN 1 ELSE 0 END) AS n_right
        FROM att JOIN {answer} an ON an.{attempt_fk} = att.id
        WHERE an.{score} IS NOT NULL
        GROUP BY att.id, att.user_id, att.assessment_id, att.number, att.language, att.form
    ),
    ranked AS (
        SELECT tot.*, MAX(tot.number) OVER (PARTITION BY tot.user_id, tot.assessment_id) AS last_number,
               tot.n_right / ((tot.k + {int(mh_bands)}) / {int(mh_bands)}) AS band
        FROM tot
    ),
    latest AS (SELECT * FROM ranked WHERE number = last_number)
    """  # noqa: S608  (identifiers from _meta, values as params)
    return sql, list(params)


def _answer_columns():
    q = connection.ops.quote_name
    meta = Answer._meta
    return {
        "table": q(meta.db_table),
        "attempt": q(meta.get_field("attempt").column),
        "item": q(meta.get_field("item").column),
        "score": q(meta.get_field("score").column),
        "correct": q(meta.get_field("is_correct").column),
        "confidence": q(meta.get_field("confidence").column),
    }


def item_sums(*, phase=None, course_key=None, cohort_ids=None, mh_bands=4):
    """A frame of ITEM_SUM_COLUMNS: one row per (assessment, language, form, k, item, band, correct)."""
    latest = _latest_attempts_sql(phase=phase, course_key=course_key, cohort_ids=cohort_ids, mh_bands=mh_bands)
    if latest is None:
        return pd.DataFrame(columns=ITEM_SUM_COLUMNS)
    with_sql, params = latest
    c = _answer_columns()
    sql = f"""{with_sql}
    SELECT l.assessment_id, l.language, l.form, l.k, an.{c["item"]}, l.band,
           CASE WHEN an.{c["correct"]} THEN 1 ELSE 0 END,
           COUNT(*), SUM(an.{c["score"]}), SUM(an.{c["score"]} * an.{c["score"]}), SUM(l.total),
           SUM(l.total * l.total), SUM(an.{c["score"]} * l.total)
    FROM latest l JOIN {c["table"]} an ON an.{c["attempt"]} = l.id
    WHERE an.{c["score"]} IS NOT NULL
    GROUP BY l.assessment_id, l.language, l.form, l.k, an.{c["item"]}, l.band,
             CASE WHEN an.{c["correct"]} THEN 1 ELSE 0 END
    """  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    frame = pd.DataFrame.from_records(rows, columns=ITEM_SUM_COLUMNS)
    for column in ("sx", "sxx", "s_total", "s_total2", "sx_total"):
        frame[column] = frame[column].astype(float)
    for column in ("assessment_id", "k", "item_id", "band", "correct", "n"):
        frame[column] = frame[column].astype("int64")
    return frame


def confidence_counts(*, phase=None, course_key=None, cohort_ids=None, language=None):
    """{confidence level: (answers, right answers, distinct learners)} over the same latest attempts."""
    latest = _latest_attempts_sql(phase=phase, course_key=course_key, cohort_ids=cohort_ids, mh_bands=1)
    if latest is None:
        return {}
    with_sql, params = latest
    c = _answer_columns()
    language_filter = ""
    if language is not None:
        language_filter = "AND l.language = %s"
        params = [*params, language]
    sql = f"""{with_sql}
    SELECT an.{c["confidence"]}, COUNT(*), SUM(CASE WHEN an.{c["correct"]} THEN 1 ELSE 0 END),
           COUNT(DISTINCT l.user_id)
    FROM latest l JOIN {c["table"]} an ON an.{c["attempt"]} = l.id
    WHERE an.{c["score"]} IS NOT NULL AND an.{c["confidence"]} IS NOT NULL {language_filter}
    GROUP BY an.{c["confidence"]}
    """  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {int(level): (int(n), int(right), int(learners)) for level, n, right, learners in cursor.fetchall()}
