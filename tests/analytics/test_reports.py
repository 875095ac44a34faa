"""Reports on the demo data: shapes, grouping, suppression, bad input, caching and query counts."""

import json

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from analytics import reports
from analytics.suppression import is_small, suppress_rows
from demo.analytics import EMAIL_DOMAIN
from quizzes import actions as quiz_actions
from quizzes.models import Assessment, Attempt
from universities.models import Cohort, CohortMembership, University

pytestmark = pytest.mark.django_db


def demo_cohort(code):
    return Cohort.objects.get(join_code=code)


@pytest.fixture
def cohort_of_four():
    """A new cohort whose only members are four demo learners who took both consumer-rights tests."""
    cohort = Cohort.objects.create(university=University.objects.get(slug="kaznu"), name="Four", join_code="FQRXYZ23")
    users = (
        Attempt.objects.filter(
            assessment__slug="consumer-rights-post", user__email__endswith=EMAIL_DOMAIN, state="submitted"
        )
        .values_list("user_id", flat=True)
        .distinct()[:4]
    )
    CohortMembership.objects.bulk_create([CohortMembership(cohort=cohort, user_id=pk) for pk in users])
    return cohort


# -- suppression ---------------------------------------------------------------------------------


def test_suppress_rows_blanks_every_number_of_a_small_group():
    rows = suppress_rows(
        [
            {"group": 7, "label": "A", "n": 4, "mean_pre": 40.0, "g_z_ci": [0.1, 0.9], "flag": "x"},
            {"group": 8, "label": "B", "n": 5, "mean_pre": 41.0, "g_z_ci": [0.1, 0.9]},
        ]
    )
    assert rows[0] == {
        "group": 7, "label": "A", "n": None, "mean_pre": None, "g_z_ci": [None, None], "flag": "x", "suppressed": True
    }  # fmt: skip
    assert rows[1]["suppressed"] is False and rows[1]["n"] == 5 and rows[1]["mean_pre"] == 41.0
    assert is_small(0) and is_small(None) and is_small(4) and not is_small(5)


def test_min_cell_follows_the_setting(settings):
    settings.SAUAT_ANALYTICS_MIN_CELL = 10
    assert is_small(9) and not is_small(10)


def test_a_group_of_four_is_suppressed_in_every_output(cohort_of_four):
    gains = reports.gains_report(cohort_ids=[cohort_of_four.pk], by="cohort")
    assert gains["overall"]["suppressed"] and gains["overall"]["n"] is None and gains["overall"]["hake_g"] is None
    assert gains["groups"] and all(row["suppressed"] and row["mean_post"] is None for row in gains["groups"])
    for by in reports.GROUPINGS:
        report = reports.gains_report(cohort_ids=[cohort_of_four.pk], by=by)
        assert all(row["suppressed"] for row in [*report["groups"], report["overall"]]), by
    distributions = reports.score_distributions(cohort_ids=[cohort_of_four.pk])
    assert distributions["pre"] == [] and distributions["post"] == [] and distributions["n"] is None
    quality = reports.item_quality_report(cohort_ids=[cohort_of_four.pk])
    assert quality["items"] and all(row["suppressed"] and row["facility"] is None for row in quality["items"])
    assert quality["tests"] and all(row["suppressed"] and row["alpha"] is None for row in quality["tests"])
    assert all(row["suppressed"] for row in quality["calibration"])
    assert quality["bias"] == []


# -- reports on the demo ---------------------------------------------------------------------------


def test_every_grouping_gives_labelled_json_rows():
    for by in reports.GROUPINGS:
        report = reports.gains_report(by=by)
        json.dumps(report)
        assert report["by"] == by and report["groups"], by
        assert all(row["label"] and "hake_g" in row and "g_av_ci" in row for row in report["groups"])
        assert report["formulas"]["d_av"]


def test_cohort_ids_restrict_the_learners():
    journalism = demo_cohort("ANJUR327")
    report = reports.gains_report(cohort_ids=[journalism.pk], by="cohort")
    assert [row["group"] for row in report["groups"]] == [journalism.pk]
    assert report["overall"]["n"] == 18


def test_no_visible_cohort_means_no_data_not_all_data():
    for by in ("course", "cohort", "language"):
        report = reports.gains_report(cohort_ids=[], by=by)
        assert report["groups"] == [] and report["overall"]["suppressed"]
    assert reports.score_distributions(cohort_ids=[])["pre"] == []
    quality = reports.item_quality_report(cohort_ids=[])
    assert quality["items"] == [] and quality["tests"] == [] and quality["bias"] == []


def test_university_filter():
    enu = University.objects.get(slug="enu")
    report = reports.gains_report(university_id=enu.pk, by="university")
    assert [row["group"] for row in report["groups"]] == [enu.pk]


def test_course_filter_and_distributions():
    post = Assessment.objects.get(slug="personal-data-and-ai-post")
    key = str(post.course.translation_key)
    report = reports.gains_report(course_key=key, by="course")
    assert [row["group"] for row in report["groups"]] == [key] and report["overall"]["n"] == 42
    distributions = reports.score_distributions(course_key=key)
    assert distributions["n"] == 42 and len(distributions["pre"]) == len(distributions["post"]) == 42
    assert sum(distributions["post"]) > sum(distributions["pre"])


@pytest.mark.parametrize(
    ("language", "course", "learners"),
    [("kk", "Тұтынушы", "Қазақша"), ("ru", "Права потребителей", "Все учащиеся"), ("en", "Consumer", "All learners")],
)
def test_labels_follow_the_active_language(language, course, learners):
    with translation.override(language):
        report = reports.gains_report(by="course")
        by_language = reports.gains_report(by="language")
    assert any(row["label"].startswith(course) for row in report["groups"]), [r["label"] for r in report["groups"]]
    if language == "kk":
        assert any(row["label"] == learners for row in by_language["groups"])
    else:
        assert report["overall"]["label"] == learners


def test_flag_labels_translate():
    with translation.override("ru"):
        assert str(reports.FLAG_LABELS["translation_bias"]) != "Possible translation bias"
    assert set(reports.FLAG_LABELS) == {
        "too_easy", "too_hard", "low_discrimination", "negative_discrimination", "translation_bias"
    }  # fmt: skip


@pytest.mark.parametrize(
    "call",
    [
        lambda: reports.gains_report(by="shoe_size"),
        lambda: reports.gains_report(course_key="not-a-course"),
        lambda: reports.gains_report(cohort_ids=["x"]),
        lambda: reports.gains_report(university_id="abc"),
        lambda: reports.item_quality_report(phase="middle"),
        lambda: reports.item_quality_report(language="de"),
        lambda: reports.score_distributions(cohort_ids=[None]),
    ],
)
def test_bad_parameters_raise_a_clear_error(call):
    with pytest.raises(reports.ReportError) as error:
        call()
    assert str(error.value)


def test_unknown_course_key_gives_an_empty_report():
    report = reports.gains_report(course_key="00000000-0000-0000-0000-000000000000")
    assert report["groups"] == [] and report["overall"]["suppressed"]


# -- queries and caching --------------------------------------------------------------------------


@pytest.mark.parametrize("by", reports.GROUPINGS)
def test_gains_use_a_fixed_small_number_of_queries(by):
    with CaptureQueriesContext(connection) as cold:
        reports.gains_report(by=by)
    assert len(cold) <= 6, [q["sql"][:120] for q in cold]
    with CaptureQueriesContext(connection) as warm:
        reports.gains_report(by=by)
    assert len(warm) == 1  # only the data version


def test_item_quality_uses_a_fixed_small_number_of_queries():
    with CaptureQueriesContext(connection) as cold:
        reports.item_quality_report(phase=None)
    assert len(cold) <= 6, [q["sql"][:120] for q in cold]


def test_a_new_submission_refreshes_the_cached_report():
    before = reports.gains_report(by="course")["overall"]
    attempt = Attempt.objects.filter(assessment__slug="free-legal-aid-post", user__email__endswith=EMAIL_DOMAIN).first()
    retry = quiz_actions.start_attempt(attempt.user, attempt.assessment, "kk")
    quiz_actions.submit(attempt.user, retry.pk)  # nothing answered: 0 %
    after = reports.gains_report(by="course")["overall"]
    assert after["n"] == before["n"] and after["mean_post"] < before["mean_post"]
