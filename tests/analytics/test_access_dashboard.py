"""Who sees which analytics page and download: the permission matrix (analytics/access.py).

Signed out: login redirect. Not allowed: 404 (never 403), also for another university's cohort."""

import pytest

from django.urls import reverse

from analytics import access
from tests.analytics.dashboard_world import COHORT_VISIBILITY, build_world


@pytest.fixture
def world(db):
    return build_world()


def get(client, user, url):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client.get(url)


EDITOR_PAGE = [
    ("learner", 404),
    ("admin_a", 404),
    ("instructor_a", 404),
    ("admin_b", 404),
    ("editor", 200),
    ("reviewer", 200),
    ("superuser", 200),
]
STAFF_PAGE = [
    ("learner", 404),
    ("editor", 404),
    ("reviewer", 404),
    ("admin_a", 200),
    ("instructor_a", 200),
    ("admin_b", 200),
    ("superuser", 200),
]


@pytest.mark.parametrize(("who", "status"), EDITOR_PAGE)
def test_editor_dashboard_only_for_editors(client, world, who, status):
    assert get(client, getattr(world, who), reverse("analytics:editor")).status_code == status


@pytest.mark.parametrize(("who", "status"), EDITOR_PAGE)
@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_editor_downloads_only_for_editors(client, world, who, status, file_format):
    url = reverse("analytics:download", args=["editor", "funnel", file_format])
    assert get(client, getattr(world, who), url).status_code == status


@pytest.mark.parametrize(("who", "status"), STAFF_PAGE)
def test_staff_dashboard_only_for_university_staff(client, world, who, status):
    assert get(client, getattr(world, who), reverse("analytics:university")).status_code == status


@pytest.mark.parametrize(
    "url",
    [
        "analytics:editor",
        "analytics:university",
        "analytics:index",
    ],
)
def test_signed_out_people_are_sent_to_log_in(client, world, url):
    response = get(client, None, reverse(url))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize(("dashboard", "table"), [("editor", "items"), ("university", "gains")])
def test_signed_out_downloads_are_sent_to_log_in(client, world, dashboard, table):
    response = get(client, None, reverse("analytics:download", args=[dashboard, table, "csv"]))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("who", [None, "learner", "admin_a", "editor"])
def test_impact_page_is_public(client, world, who):
    user = getattr(world, who) if who else None
    assert get(client, user, reverse("analytics:impact")).status_code == 200
    assert get(client, user, reverse("analytics:download", args=["impact", "impact", "csv"])).status_code == 200


def test_administrator_sees_every_cohort_of_their_university_and_no_other(client, world):
    page = get(client, world.admin_a, reverse("analytics:university")).content.decode()
    assert "cohort_a2" in page
    assert "cohort_small" in page
    assert "cohort_b" not in page


def test_instructor_sees_only_the_cohorts_they_teach(client, world):
    page = get(client, world.instructor_a, reverse("analytics:university")).content.decode()
    assert "HYPERLINK" in page  # cohort_a's name
    assert "cohort_a2" not in page
    assert "cohort_b" not in page


@pytest.mark.parametrize(
    ("who", "cohort", "status"),
    COHORT_VISIBILITY,
)
def test_a_cohort_filter_outside_ones_own_cohorts_is_not_found(client, world, who, cohort, status):
    cohort_id = getattr(world, cohort).pk
    user = getattr(world, who)
    assert get(client, user, reverse("analytics:university") + f"?cohort={cohort_id}").status_code == status
    download = reverse("analytics:download", args=["university", "progress", "csv"]) + f"?cohort={cohort_id}"
    assert get(client, user, download).status_code == status


def test_other_universitys_cohort_does_not_leak_in_downloads(client, world):
    body = get(client, world.admin_b, reverse("analytics:download", args=["university", "progress", "csv"]))
    text = body.content.decode("utf-8-sig")
    assert "cohort_b" in text
    assert "cohort_a2" not in text and "HYPERLINK" not in text


@pytest.mark.parametrize(
    ("who", "target"),
    [("editor", "analytics:editor"), ("admin_a", "analytics:university"), ("superuser", "analytics:editor")],
)
def test_index_sends_each_person_to_their_dashboard(client, world, who, target):
    response = get(client, getattr(world, who), reverse("analytics:index"))
    assert response.status_code == 302
    assert response["Location"] == reverse(target)


def test_index_is_not_found_for_learners(client, world):
    assert get(client, world.learner, reverse("analytics:index")).status_code == 404


def test_unknown_table_or_format_is_not_found(client, world):
    client.force_login(world.editor)
    assert client.get("/en/analytics/editor/nothing.csv").status_code == 404
    assert client.get("/en/analytics/editor/funnel.pdf").status_code == 404
    assert client.get("/en/analytics/secret/funnel.csv").status_code == 404


def test_access_rules(world):
    assert access.is_editor(world.editor) and access.is_editor(world.reviewer) and access.is_editor(world.superuser)
    assert not access.is_editor(world.admin_a) and not access.is_editor(world.learner)
    assert set(access.cohort_ids(world.instructor_a)) == {world.cohort_a.pk}
    assert world.cohort_b.pk not in access.cohort_ids(world.admin_a)
