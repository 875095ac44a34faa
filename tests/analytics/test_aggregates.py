"""The SQL-aggregate path of the item-quality report gives the same numbers as the answer-matrix path.

``matrix_report`` below is the report as it was computed before the sums moved into SQL: every answer
loaded into pandas (datasets.answers_frame), learners x items matrices, and the pure functions of
analytics/stats on them. Both are compared on the demo data (to 1e-9), with filters, with a retake and an
incomplete attempt, and the aggregate path's query count is pinned.
"""

import math

import numpy as np
import pandas as pd
import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from analytics import aggregates, datasets, reports
from analytics.stats import cbm, dif, items
from demo.analytics import EMAIL_DOMAIN
from quizzes.models import Answer, Assessment, Attempt
from universities.models import CohortMembership

pytestmark = pytest.mark.django_db
TOLERANCE = 1e-9


def _matrix_bias(block):
    totals = block.groupby("attempt_id")["correct"].agg(["sum", "size"])
    width = np.ceil((totals["size"] + 1) / reports.MH_BANDS).clip(lower=1)
    bands = (totals["sum"] // width).astype(int)
    form_codes = pd.factorize(block["form"])[0]
    block = block.assign(stratum=form_codes * 1000 + block["attempt_id"].map(bands).to_numpy())
    worst = {}
    for focal in sorted(set(block["language"].unique()) - {reports.REFERENCE_LANGUAGE}):
        pair = block[block["language"].isin([reports.REFERENCE_LANGUAGE, focal])]
        for item_id, rows in pair.groupby("item_id", sort=True):
            is_focal = (rows["language"] == focal).to_numpy()
            if reports.is_small(int((~is_focal).sum())) or reports.is_small(int(is_focal.sum())):
                continue
            mh = dif.mantel_haenszel(rows["correct"].to_numpy(), is_focal, rows["stratum"].to_numpy())
            if mh["delta_mh"] is None:
                continue
            row = {"item_id": int(item_id), "focal": focal, **mh}
            if item_id not in worst or abs(row["delta_mh"]) > abs(worst[item_id]["delta_mh"]):
                worst[item_id] = row
    return worst


def matrix_report(*, phase=None, course_key=None, cohort_ids=None, language=None):
    """{(assessment_id, language|"all", item_id): item stats}, {(assessment, language, form): test stats},
    {(assessment, item): MH row}, calibration rows: the pre-SQL computation."""
    answers = datasets.answers_frame(phase=phase, course_key=course_key, cohort_ids=cohort_ids)
    item_rows, test_rows, bias = {}, {}, {}
    for assessment_id, block in answers.groupby("assessment_id", sort=True):
        for item_id, row in _matrix_bias(block).items():
            bias[assessment_id, item_id] = row
        for code in [None, *sorted(block["language"].unique())]:
            if language is not None and code not in (None, language):
                continue
            part = block if code is None else block[block["language"] == code]
            _ids, item_ids, data = datasets.matrix(part)
            for item_id, stats in zip(item_ids, items.item_statistics(data, digits=None), strict=True):
                item_rows[assessment_id, code or "all", int(item_id)] = stats
            for form, form_part in part.groupby("form", sort=True):
                complete = datasets.matrix(form_part)[2]
                test_rows[assessment_id, code or "all", form] = items.test_statistics(
                    complete[~np.isnan(complete).any(axis=1)], digits=None
                )
    with_confidence = answers.dropna(subset=["confidence"])
    if language is not None:
        with_confidence = with_confidence[with_confidence["language"] == language]
    calibration = cbm.calibration(
        with_confidence["confidence"].astype(int).to_numpy(),
        with_confidence["correct"].to_numpy(),
        with_confidence["user_id"].to_numpy(),
    )
    return item_rows, test_rows, bias, calibration


def _close(a, b):
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b, strict=True))
    if a is None or b is None:
        return a is b
    if isinstance(a, float) or isinstance(b, float):
        return math.isclose(a, b, rel_tol=0, abs_tol=TOLERANCE)
    return a == b


def assert_same(**filters):
    """The report's computation from SQL sums equals the matrix computation, both unrounded (rounding to 6
    digits would turn a 1e-16 difference at an exact half into 1e-6)."""
    item_rows, test_rows, bias, calibration = matrix_report(**filters)
    report_filters = {key: value for key, value in filters.items() if key != "language"}
    language = filters.get("language")
    sums, counts = aggregates.answer_sums(**report_filters, language=language, mh_bands=reports.MH_BANDS)
    assert item_rows, "the demo data must give item rows"
    sql_items, sql_tests = {}, {}
    for assessment_id, block in sums.groupby("assessment_id"):
        for code in [None, *sorted(block["language"].unique())]:
            if language is not None and code not in (None, language):
                continue
            part = block if code is None else block[block["language"] == code]
            per_item = part.groupby("item_id", sort=True)[list(reports.SUM_COLUMNS)].sum()
            stats = items.item_statistics_from_sums(per_item.itertuples(index=False, name=None), digits=None)
            for item_id, row in zip(per_item.index, stats, strict=True):
                sql_items[assessment_id, code or "all", int(item_id)] = row
            for form, form_part in part.groupby("form", sort=True):
                sql_tests[assessment_id, code or "all", form] = reports._test_statistics(form_part, digits=None)
        for row in reports._bias_rows(block, {}):
            mh = bias.pop((assessment_id, row["item_id"]))
            assert row["focal"] == mh["focal"]  # flags differ on purpose: reports adjust p for many items
            for key in ("alpha_mh", "delta_mh", "p", "n_ref", "n_focal"):
                assert _close(row[key], mh[key]), (key, row, mh)
    assert bias == {}, "Mantel-Haenszel rows only in the matrix path"
    assert sql_items.keys() == item_rows.keys()
    for key, expected in item_rows.items():
        for name, value in expected.items():
            assert _close(sql_items[key][name], value), (key, name, sql_items[key], expected)
    assert sql_tests.keys() == test_rows.keys()
    for key, expected in test_rows.items():
        for name, value in expected.items():
            assert _close(sql_tests[key][name], value), (key, name, sql_tests[key], expected)
    assert cbm.calibration_from_counts(counts) == calibration
    return item_rows, test_rows


def test_sql_sums_match_the_answer_matrix_on_the_demo_data():
    item_rows, test_rows = assert_same(phase=None)
    assert len(item_rows) > 20 and any(row["n"] >= 5 and row["discrimination"] for row in item_rows.values())
    assert any(row["alpha"] is not None and row["alpha_if_deleted"] for row in test_rows.values())


@pytest.mark.parametrize(
    "filters",
    [
        {"phase": "post"},
        {"phase": "pre", "language": "ru"},
        {"phase": "post", "course": "consumer-rights"},
        {"phase": None, "cohorts": 2},
    ],
    ids=["post", "pre-ru", "course", "cohorts"],
)
def test_sql_sums_match_with_filters(filters):
    filters = dict(filters)
    if "course" in filters:
        course = Assessment.objects.filter(slug=f"{filters.pop('course')}-post").values_list(
            "course__translation_key", flat=True
        )[0]
        filters["course_key"] = str(course)
    if "cohorts" in filters:
        demo = CohortMembership.objects.filter(user__email__endswith=EMAIL_DOMAIN).values_list("cohort_id", flat=True)
        filters["cohort_ids"] = sorted(set(demo))[: filters.pop("cohorts")]
    assert_same(**filters)


def test_a_retake_and_an_incomplete_attempt_are_counted_the_same_way():
    """The latest attempt wins (an unanswered retake does not), and an attempt missing an item counts for
    that item's statistics but not for its form's reliability."""
    old = Attempt.objects.filter(assessment__slug="consumer-rights-post", user__email__endswith=EMAIL_DOMAIN).first()
    answers = list(old.answers.order_by("item_id"))
    now = timezone.now()

    def retake(number, scored):
        attempt = Attempt.objects.create(
            assessment=old.assessment, user=old.user, number=number, language=old.language, seed=1, form=old.form,
            state="submitted", started_at=now, submitted_at=now, score=0, max_score=len(answers), percent=0,
        )  # fmt: skip
        Answer.objects.bulk_create(
            Answer(attempt=attempt, item_id=a.item_id, version_id=a.version_id, response={}, is_correct=False, score=0)
            for a in answers[:scored]
        )

    retake(old.number + 1, len(answers) - 1)  # incomplete, latest with answers
    retake(old.number + 2, 0)  # nothing answered: not the latest scored attempt
    _items, tests = assert_same(phase="post")
    key = (old.assessment_id, "all", old.form)
    assert tests[key]["n"] < sum(
        1 for _ in Attempt.objects.filter(assessment=old.assessment, state="submitted", user__isnull=False)
        .values("user_id").distinct()
    )  # fmt: skip


def test_no_visible_cohort_gives_no_sums():
    sums, counts = aggregates.answer_sums(cohort_ids=[])
    assert sums.empty and counts == {}


def test_item_quality_reads_only_aggregate_rows():
    """Cold: data version, the one aggregate statement, assessments, item titles: four queries (six on
    PostgreSQL), and the only one reading answers groups them."""
    with CaptureQueriesContext(connection) as cold:
        report = reports.item_quality_report(phase=None)
    expected = 6 if connection.vendor == "postgresql" else 4  # PostgreSQL: planner settings set and restored
    assert len(cold) == expected, [q["sql"][:120] for q in cold]
    answer_table = Answer._meta.db_table
    touching_answers = [q["sql"] for q in cold if answer_table in q["sql"]]
    assert len(touching_answers) == 1 and "GROUP BY" in touching_answers[0]
    assert report["items"] and report["tests"] and report["calibration"]
