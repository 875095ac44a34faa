"""Demo webinars (idempotent), "download my data", account deletion, and the admin screens staff use."""

import json

import pytest

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.models import Page

from accounts import roles
from demo.loader import DemoLoader
from demo.webinars import generated_audio
from tests.conftest import make_user
from tests.webinars.builders import make_webinar
from webinars import actions
from webinars.models import (
    Attendance,
    Caption,
    ConsultationIntake,
    Question,
    QuestionVote,
    Recording,
    Registration,
    Speaker,
    WebinarPage,
)

pytestmark = pytest.mark.django_db


def test_demo_has_upcoming_and_past_webinars_with_speakers_in_each_language():
    for language in ["kk", "ru", "en"]:
        pages = WebinarPage.objects.live().filter(locale__language_code=language)
        assert pages.upcoming().filter(kind="webinar").count() == 3
        assert pages.upcoming().filter(kind="consultation").count() == 1
        assert pages.past().count() == 2
        for page in pages:
            assert page.speakers(), page.url
    assert Speaker.objects.filter(locale__language_code="ru").count() == 3


def test_demo_recording_has_generated_audio_and_captions_in_three_languages():
    recording = Recording.objects.get(webinar__slug="who-gets-free-legal-aid")
    assert recording.media.file.name.endswith(".wav")
    assert sorted(recording.captions.values_list("language", flat=True)) == ["en", "kk", "ru"]
    for caption in recording.captions.all():
        assert caption.cues.count() == 6
        assert caption.cues.last().end_ms <= recording.duration_seconds * 1000
    assert recording.chapters.count() == 4


def test_generated_audio_is_a_valid_short_wav():
    import io
    import wave

    with wave.open(io.BytesIO(generated_audio(3, ticks=[0, 1.5]))) as wav:
        assert wav.getnframes() == 3 * 8000 and wav.getnchannels() == 1


def test_running_the_loader_twice_creates_no_webinar_objects():
    before = (
        Page.objects.count(),
        Speaker.objects.count(),
        Recording.objects.count(),
        Caption.objects.count(),
        get_document_model().objects.count(),
    )
    assert DemoLoader().load() == 0
    after = (
        Page.objects.count(),
        Speaker.objects.count(),
        Recording.objects.count(),
        Caption.objects.count(),
        get_document_model().objects.count(),
    )
    assert after == before


def test_main_menu_links_to_the_webinars(client):
    assert 'href="/ru/webinars/"' in client.get("/ru/").content.decode()


# -- personal data ------------------------------------------------------------------------------


def test_download_my_data_includes_registrations_intakes_questions_and_attendance(learner_client, learner, speaker):
    webinar = make_webinar()
    hours = make_webinar("hours", kind="consultation", slot_minutes=30, speaker=speaker)
    actions.register(learner, webinar)
    actions.register(learner, hours, slot_start=hours.start_at, intake={"topic": "work", "question": "Salary late"})
    actions.ask_question(learner, webinar, "Is it free?")
    actions.record_attendance(learner, webinar)
    data = json.loads(learner_client.get("/en/accounts/profile/my-data.json").content)["webinars"]
    assert len(data["registrations"]) == 2
    intake = next(r["consultation_intake"] for r in data["registrations"] if "consultation_intake" in r)
    assert intake["question"] == "Salary late" and intake["consent_given_at"]
    assert data["questions"][0]["text"] == "Is it free?"
    assert len(data["attendance"]) == 1


def test_deleting_the_account_deletes_its_webinar_data(learner, other_learner, speaker):
    webinar = make_webinar()
    hours = make_webinar("hours", kind="consultation", slot_minutes=30, speaker=speaker)
    actions.register(learner, webinar)
    actions.register(learner, hours, slot_start=hours.start_at, intake={"topic": "work", "question": "Salary"})
    question = actions.ask_question(other_learner, webinar, "Other's question")
    QuestionVote.objects.create(question=question, user=learner)
    actions.record_attendance(learner, webinar)
    actions.calendar_feed_for(learner)
    learner.delete()
    assert not Registration.objects.filter(user_id=learner.pk).exists()
    assert not ConsultationIntake.objects.exists()
    assert not QuestionVote.objects.exists() and not Attendance.objects.exists()
    assert Question.objects.filter(pk=question.pk).exists()


# -- admin screens ------------------------------------------------------------------------------


@pytest.fixture
def admin_client(client):
    client.force_login(make_user("admin@example.kz", is_staff=True, is_superuser=True))
    return client


def test_admin_lists_export_and_moderation_work(admin_client, learner, hosted_webinar):
    actions.register(learner, hosted_webinar)
    question = actions.ask_question(learner, hosted_webinar, "Admin-visible question")
    for url in [
        "/admin/snippets/webinars/speaker/",
        "/admin/webinars/registrations/",
        "/admin/webinars/questions/",
        "/admin/webinars/attendance/",
        "/admin/webinars/recordings/",
        "/admin/webinars/recordings/new/",
        "/admin/webinars/intakes/",
        "/admin/webinars/attendance/import/",
    ]:
        assert admin_client.get(url).status_code == 200, url
    export = admin_client.get("/admin/webinars/registrations/?export=csv")
    assert export.status_code == 200
    assert learner.email in b"".join(export.streaming_content).decode()
    listing = admin_client.get("/admin/webinars/questions/").content.decode()
    assert "Admin-visible question" in listing and f"/questions/{question.pk}/moderate/" in listing
    assert 'name="csrfmiddlewaretoken" value="None"' not in listing
    assert admin_client.get(f"/admin/webinars/registrations/edit/{Registration.objects.get().pk}/").status_code in (
        302,
        403,
    )


def test_admin_recording_upload_rejects_bad_captions_with_the_line_number(admin_client):
    webinar = WebinarPage.objects.get(slug="online-shopping-rights", locale__language_code="kk")
    response = admin_client.post(
        "/admin/webinars/recordings/new/",
        {
            "webinar": webinar.pk,
            "external_url": "https://video.example.org/x",
            "captions_en": SimpleUploadedFile("en.vtt", b"WEBVTT\n\n00:00.000 --> 00:01.000\nOK\n\n00:00.500\nBad\n"),
            "chapters-TOTAL_FORMS": "0",
            "chapters-INITIAL_FORMS": "0",
            "chapters-MIN_NUM_FORMS": "0",
            "chapters-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 200
    assert "6-жол:" in response.content.decode()  # the admin speaks Kazakh by default
    assert not Recording.objects.filter(webinar=webinar).exists()


def test_organisers_reach_the_webinar_admin_but_learners_do_not(client, learner):
    organiser = make_user("organiser@example.kz")
    organiser.groups.add(Group.objects.get(name=roles.WEBINAR_ORGANISERS))
    client.force_login(organiser)
    assert client.get("/admin/webinars/registrations/").status_code == 200
    assert client.get("/admin/webinars/attendance/import/").status_code == 200
    client.force_login(learner)
    assert client.get("/admin/webinars/registrations/").status_code == 302
