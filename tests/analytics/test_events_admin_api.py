"""The read-only admin of learning events, the xAPI status page, and the recording-progress API."""

import pytest

from wagtail.users.models import UserProfile

from analytics.models import ForwardingStatus, Kind, LearningEvent
from courses import actions as course_actions
from tests.conftest import make_user
from webinars.models import Recording

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(make_user("admin@example.kz", is_staff=True, is_superuser=True))
    return client


def in_language(client, language):
    user = client.get("/admin/").wsgi_request.user
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return client


@pytest.fixture
def some_events(learner, course_kk, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        course_actions.enrol(learner, course_kk)
        course_actions.complete_lesson(learner, course_kk.lessons().first().specific)
    return LearningEvent.objects.for_user(learner)


@pytest.mark.parametrize(
    ("language", "heading", "pending"),
    [("en", "xAPI forwarding", "Pending"), ("ru", "Передача xAPI", "Ожидают"), ("kk", "xAPI жіберу", "Күтуде")],
)
def test_the_status_page_counts_by_state_in_three_languages(admin_client, some_events, language, heading, pending):
    LearningEvent.objects.filter(pk=some_events.first().pk).update(
        status=ForwardingStatus.FAILED, last_error="HTTP 500"
    )
    counts = LearningEvent.objects.forwarding_summary()
    html = in_language(admin_client, language).get("/admin/analytics/xapi/").content.decode()
    assert heading in html and pending in html
    assert f'data-count="failed">{counts["failed"]}<' in html
    assert f'data-count="pending">{counts["pending"]}<' in html
    assert "HTTP 500" in html


def test_the_event_list_filters_by_kind_and_state(admin_client, some_events):
    response = admin_client.get("/admin/analytics/events/", {"kind": Kind.LESSON_COMPLETED})
    assert response.status_code == 200
    html = response.content.decode()
    completed = some_events.get(kind=Kind.LESSON_COMPLETED)
    enrolled = some_events.get(kind=Kind.ENROLLED)
    assert completed.object_id in html and enrolled.object_id not in html
    response = admin_client.get("/admin/analytics/events/", {"status": ForwardingStatus.SENT})
    assert completed.object_id not in response.content.decode()
    inspect = admin_client.get(f"/admin/analytics/events/inspect/{completed.pk}/")
    assert inspect.status_code == 200 and str(completed.statement_id) in inspect.content.decode()


def test_the_admin_cannot_add_edit_or_delete_events(admin_client, some_events):
    event = some_events.first()
    for url in (
        "/admin/analytics/events/new/",
        f"/admin/analytics/events/edit/{event.pk}/",
        f"/admin/analytics/events/delete/{event.pk}/",
    ):
        assert admin_client.get(url).status_code in (302, 403, 404)
    assert admin_client.post(f"/admin/analytics/events/delete/{event.pk}/").status_code in (302, 403, 404)
    assert LearningEvent.objects.filter(pk=event.pk).exists()


def test_learners_and_plain_editors_do_not_see_events(client, learner_client, some_events):
    assert learner_client.get("/admin/analytics/xapi/").status_code in (302, 403)
    assert learner_client.get("/admin/analytics/events/").status_code in (302, 403)
    editor = make_user("editor@example.kz", is_staff=True)
    client.force_login(editor)
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    assert client.get("/admin/analytics/xapi/").status_code in (302, 403)
    assert client.get("/admin/analytics/events/").status_code in (302, 403)
    assert some_events.first().object_id not in client.get("/admin/").content.decode()


# -- recording progress API ---------------------------------------------------------------------


@pytest.fixture
def recording(db):
    recording = Recording.objects.select_related("webinar").first()
    assert recording is not None, "the demo has a recording"
    return recording


def post_progress(client, recording_id, body):
    return client.post(f"/api/v1/analytics/recordings/{recording_id}/progress", body, content_type="application/json")


def test_recording_milestones_are_recorded_once_each(
    learner_client, learner, recording, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert post_progress(learner_client, recording.pk, {"share": 0.1}).json() == {
            "milestone": None,
            "recorded": False,
        }
        assert post_progress(learner_client, recording.pk, {"share": 0.3}).json() == {
            "milestone": 0.25,
            "recorded": True,
        }
    with django_capture_on_commit_callbacks(execute=True):
        assert post_progress(learner_client, recording.pk, {"share": 0.4}).json()["recorded"] is False
        assert post_progress(learner_client, recording.pk, {"share": 1}).json() == {"milestone": 1.0, "recorded": True}
    shares = sorted(
        e.result["share_watched"] for e in LearningEvent.objects.for_user(learner).filter(kind=Kind.RECORDING_WATCHED)
    )
    assert shares == [0.25, 1.0]
    counts = LearningEvent.objects.count_by_kind(kind=Kind.RECORDING_WATCHED)
    assert counts[Kind.RECORDING_WATCHED] >= 2


@pytest.mark.parametrize("body", [{"share": 1.5}, {"share": -0.1}, {"share": "half"}, {}])
def test_bad_progress_is_refused_clearly(learner_client, learner, recording, body):
    response = post_progress(learner_client, recording.pk, body)
    assert response.status_code == 422
    assert not LearningEvent.objects.for_user(learner).exists()


def test_progress_needs_a_signed_in_learner_and_a_visible_recording(learner_client, recording):
    from django.test import Client

    assert post_progress(Client(), recording.pk, {"share": 0.5}).status_code == 401
    assert post_progress(learner_client, 999999, {"share": 0.5}).status_code == 404
    webinar = recording.webinar
    webinar.unpublish()
    assert post_progress(learner_client, recording.pk, {"share": 0.5}).status_code == 404


def test_the_webinar_page_gives_signed_in_players_the_progress_url(client, learner_client, recording):
    from django.test import Client

    url = recording.webinar.url
    anonymous = Client().get(url).content.decode()
    assert "data-player" in anonymous and "data-progress-url" not in anonymous
    signed_in = learner_client.get(url).content.decode()
    assert f'data-progress-url="/api/v1/analytics/recordings/{recording.pk}/progress"' in signed_in
