"""/api/v1/analytics/...: the dashboards' aggregates through the same access rules.

401 signed out, 404 for what the caller may not see (another university's cohort too), 422 for bad parameters,
small groups null in every response."""

import pytest

from wagtail.models import APIToken

from tests.analytics.dashboard_world import COHORT_VISIBILITY, build_world

API = "/api/v1/analytics"


@pytest.fixture
def world(db):
    return build_world()


def call(client, user, path):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client.get(API + path)


def cohort_paths(world, cohort):
    cohort_id = getattr(world, cohort).pk
    return [f"/cohorts/{cohort_id}/gains", f"/cohorts/{cohort_id}/progress", f"/cohorts/{cohort_id}/distributions"]


def course_paths(world):
    key = world.course.translation_key
    return [f"/courses/{key}/funnel", f"/courses/{key}/dropoff", f"/courses/{key}/items"]


@pytest.mark.parametrize(
    ("who", "cohort", "status"),
    [
        (None, "cohort_a", 401),
        ("learner", "cohort_a", 404),
        ("editor", "cohort_a", 404),
        *COHORT_VISIBILITY,
    ],
)
def test_cohort_endpoints_permission_matrix(client, world, who, cohort, status):
    user = getattr(world, who) if who else None
    for path in cohort_paths(world, cohort):
        response = call(client, user, path)
        assert response.status_code == status, path
        if status == 404:
            assert response.json()["message"] == "Not found."


@pytest.mark.parametrize(
    ("who", "status"),
    [
        (None, 401),
        ("learner", 404),
        ("admin_a", 404),
        ("instructor_a", 404),
        ("admin_b", 404),
        ("editor", 200),
        ("reviewer", 200),
        ("superuser", 200),
    ],
)
def test_course_endpoints_only_for_editors(client, world, who, status):
    user = getattr(world, who) if who else None
    for path in course_paths(world):
        assert call(client, user, path).status_code == status, path


@pytest.mark.parametrize("who", [None, "learner", "admin_b"])
def test_impact_is_public(client, world, who):
    response = call(client, getattr(world, who) if who else None, "/impact")
    assert response.status_code == 200
    body = response.json()
    assert body["learners"] >= 20
    assert set(body) >= {"learners", "completed", "certificates", "courses", "gain"}


def test_token_authentication_works_like_the_session(client, world):
    _token, raw = APIToken.create_token(user=world.admin_b, name="test")
    own = client.get(f"{API}/cohorts/{world.cohort_b.pk}/progress", HTTP_AUTHORIZATION=f"Bearer {raw}")
    other = client.get(f"{API}/cohorts/{world.cohort_a.pk}/progress", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert own.status_code == 200
    assert other.status_code == 404


def test_progress_counts_the_cohort_and_suppresses_small_cells(client, world):
    rows = call(client, world.admin_a, f"/cohorts/{world.cohort_a.pk}/progress").json()
    assert len(rows) == 1
    row = rows[0]
    assert row["course_key"] == str(world.course.translation_key)
    assert (row["enrolled"], row["started"], row["completed"]) == (6, 6, 6)
    assert row["certified"] in (0, None)
    small = call(client, world.admin_a, f"/cohorts/{world.cohort_small.pk}/progress").json()[0]
    assert small["suppressed"] is True
    assert small["enrolled"] is None and small["started"] is None


def test_gains_of_a_small_cohort_are_suppressed(client, world):
    body = call(client, world.admin_a, f"/cohorts/{world.cohort_small.pk}/gains?by=cohort").json()
    assert body["by"] == "cohort"
    for row in body["groups"] + [body["overall"]]:
        assert row["suppressed"] is True
        assert row["n"] is None and row["mean_post"] is None and row["g_av"] is None


def test_gains_of_a_cohort_have_effect_sizes_and_formulas(client, world):
    body = call(client, world.admin_a, f"/cohorts/{world.cohort_a.pk}/gains?by=course").json()
    assert body["formulas"]
    overall = body["overall"]
    assert overall["n"] == 6
    assert overall["mean_post"] > overall["mean_pre"]
    assert overall["g_av_ci"][0] is not None


def test_distributions_are_percentiles_never_scores(client, world):
    body = call(client, world.admin_a, f"/cohorts/{world.cohort_a.pk}/distributions").json()
    assert body["pre"]["n"] == 6
    assert body["pre"]["median"] < body["post"]["median"]
    assert set(body["post"]) == {"n", "mean", "p10", "q1", "median", "q3", "p90"}
    small = call(client, world.admin_a, f"/cohorts/{world.cohort_small.pk}/distributions").json()
    assert small == {"pre": None, "post": None}


@pytest.mark.parametrize(
    "path",
    [
        "/cohorts/{a}/gains?by=shoe_size",
        "/cohorts/{a}/gains?course=not-a-uuid",
        "/courses/not-a-uuid/funnel",
        "/courses/{key}/items?language=de",
        "/courses/{key}/items?phase=middle",
    ],
)
def test_bad_parameters_are_422(client, world, path):
    client.force_login(world.superuser)
    response = client.get(API + path.format(a=world.cohort_a.pk, key=world.course.translation_key))
    assert response.status_code == 422
    assert "message" in response.json()


def test_a_course_outside_the_cohort_or_unknown_is_404(client, world):
    client.force_login(world.superuser)
    other = "00000000-0000-4000-8000-000000000000"
    assert client.get(f"{API}/cohorts/{world.cohort_a.pk}/gains?course={other}").status_code == 404
    assert client.get(f"{API}/courses/{other}/funnel").status_code == 404


def test_course_funnel_and_dropoff(client, world):
    key = world.course.translation_key
    funnel = call(client, world.editor, f"/courses/{key}/funnel").json()
    assert funnel["enrolled"] >= 20
    dropoff = call(client, world.editor, f"/courses/{key}/dropoff").json()
    assert [row["position"] for row in dropoff] == list(range(1, len(world.lessons) + 1))
    assert dropoff[0]["viewed"] >= 18


def test_items_report_shape(client, world):
    body = call(client, world.editor, f"/courses/{world.course.translation_key}/items?phase=post&language=kk").json()
    assert set(body) == {"tests", "items", "bias", "calibration"}
