"""WebVTT captions: validated on upload (errors name the line), SRT converted, transcript and search to the moment."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from webinars.captions import CaptionError, parse_captions, parse_webvtt, to_webvtt
from webinars.models import Caption, Recording, WebinarPage


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def test_errors_are_translated():
    with translation.override("kk"), pytest.raises(CaptionError) as caught:
        parse_captions(b"WEBVTT\n\n00:00.000 --> 00:01.000\n\n")
    assert str(caught.value).startswith("3-жол:") and "мәтін жоқ" in str(caught.value)


GOOD_VTT = """WEBVTT

NOTE written by the Sauat team

1
00:00:00.000 --> 00:00:04.500
<v Lawyer>Everyone has the right to legal assistance.

00:04.500 --> 00:09.000 align:start
Call <i>1414</i> for free legal aid.
"""

GOOD_SRT = """1
00:00:00,000 --> 00:00:03,000
Тегін заң көмегі

2
00:00:03,000 --> 00:00:06,250
1414 нөміріне қоңырау шалыңыз
"""


def test_valid_webvtt_is_parsed_into_cues():
    cues, source_format = parse_captions(GOOD_VTT.encode())
    assert source_format == "vtt"
    assert [(c.start_ms, c.end_ms) for c in cues] == [(0, 4500), (4500, 9000)]
    assert cues[0].identifier == "1"
    assert cues[0].plain_text == "Everyone has the right to legal assistance."
    assert cues[1].plain_text == "Call 1414 for free legal aid."


def test_srt_is_converted_to_webvtt():
    cues, source_format = parse_captions(GOOD_SRT.encode(), "lecture.srt")
    assert source_format == "srt"
    vtt = to_webvtt(cues)
    assert vtt.startswith("WEBVTT\n\n00:00:00.000 --> 00:00:03.000\nТегін заң көмегі")
    assert "00:00:03.000 --> 00:00:06.250" in vtt
    assert parse_webvtt(vtt) == cues  # the result is itself valid WebVTT


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("WEBVTX\n\n00:00.000 --> 00:01.000\nHi\n", 1, "WEBVTT"),
        ("WEBVTT\n\n00:00.000 -> 00:01.000\nHi\n", 3, "cue timing"),
        ("WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n\n00:61.000 --> 00:62.000\nBad\n", 6, "start time"),
        ("WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n\n00:05.000 --> 00:04.000\nBackwards\n", 6, "ends before"),
        ("WEBVTT\n\n00:05.000 --> 00:06.000\nLater\n\n00:01.000 --> 00:02.000\nEarlier\n", 6, "time order"),
        ("WEBVTT\n\n00:00.000 --> 00:01.000\n\n", 3, "no text"),
        ("WEBVTT\n\n00:00.000 --> 00:01.000\nOne\n00:01.000 --> 00:02.000\nTwo\n", 5, "-->"),
        ("WEBVTT\n\nNOTE only a note\n", 4, "no cues"),
    ],
)
def test_invalid_webvtt_is_rejected_with_the_line_number(text, line, words):
    with pytest.raises(CaptionError) as caught:
        parse_captions(text.encode())
    assert caught.value.line == line
    assert words in caught.value.message
    assert str(caught.value).startswith(f"Line {line}:")


def test_invalid_srt_and_bad_encoding_name_the_line():
    with pytest.raises(CaptionError) as caught:
        parse_captions(b"1\n00:00:00,000 --> 00:00:01,000\nOK\n\nx\n00:00:01,000 --> 00:00:02,000\nBad\n", "a.srt")
    assert caught.value.line == 5
    with pytest.raises(CaptionError) as caught:
        parse_captions(b"WEBVTT\n\n00:00.000 --> 00:01.000\n\xff\xfe\n")
    assert caught.value.line == 4


@pytest.mark.django_db
def test_recording_form_rejects_a_bad_caption_file_with_the_line_number():
    webinar = WebinarPage.objects.get(slug="online-shopping-rights", locale__language_code="kk")
    form_class = _recording_form_class()
    bad = SimpleUploadedFile("ru.vtt", b"WEBVTT\n\n00:00.000 --> 00:01.000\nOK\n\n00:03.000 --> 00:02.000\nNo\n")
    form = form_class(
        data={"webinar": webinar.pk, "external_url": "https://video.example.org/1", **_empty_chapters()},
        files={"captions_ru": bad},
    )
    assert not form.is_valid()
    assert "Line 6:" in str(form.errors["captions_ru"])
    assert not Recording.objects.filter(webinar=webinar).exists()


@pytest.mark.django_db
def test_recording_form_stores_an_srt_upload_as_webvtt():
    webinar = WebinarPage.objects.get(slug="online-shopping-rights", locale__language_code="kk")
    form = _recording_form_class()(
        data={"webinar": webinar.pk, "external_url": "https://video.example.org/1", **_empty_chapters()},
        files={"captions_kk": SimpleUploadedFile("kk.srt", GOOD_SRT.encode())},
    )
    assert form.is_valid(), form.errors
    recording = form.save()
    caption = Caption.objects.get(recording=recording, language="kk")
    assert caption.source_format == "srt" and caption.vtt.startswith("WEBVTT")
    assert [cue.text for cue in caption.cues.all()] == ["Тегін заң көмегі", "1414 нөміріне қоңырау шалыңыз"]


def _recording_form_class():
    from webinars.wagtail_hooks import RecordingViewSet

    return RecordingViewSet.edit_handler.bind_to_model(Recording).get_form_class()


def _empty_chapters():
    return {
        "chapters-TOTAL_FORMS": "0",
        "chapters-INITIAL_FORMS": "0",
        "chapters-MIN_NUM_FORMS": "0",
        "chapters-MAX_NUM_FORMS": "1000",
    }


# -- the demo recording: transcript, captions, search --------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "words"),
    [("kk", "Конституцияның 13-бабында"), ("ru", "Статья 13 Конституции"), ("en", "Article 13 of the Constitution")],
)
def test_recording_page_shows_the_transcript_in_its_language(client, language, words):
    page = WebinarPage.objects.get(slug="who-gets-free-legal-aid", locale__language_code=language)
    html = client.get(page.url).content.decode()
    assert words in html
    assert 'data-seek="5"' in html and '<track kind="captions"' in html


@pytest.mark.django_db
def test_caption_track_is_served_as_webvtt(client):
    caption = Caption.objects.get(language="ru", recording__webinar__slug="who-gets-free-legal-aid")
    response = client.get(f"/ru/learning/webinars/captions/{caption.pk}.vtt")
    assert response["Content-Type"].startswith("text/vtt")
    assert response.content.decode().startswith("WEBVTT")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "query", "seconds"),
    [("en", "hotline", 26), ("ru", "КОНСТИТУЦИИ", 5), ("kk", "шағым", 21), ("en", "two forms", 15)],
)
def test_site_search_finds_words_said_in_a_recording_and_links_to_the_moment(client, language, query, seconds):
    page = WebinarPage.objects.get(slug="who-gets-free-legal-aid", locale__language_code=language)
    html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    assert f'href="{page.url}#t={seconds}"' in html


@pytest.mark.django_db
def test_search_in_recordings_stays_in_the_readers_language(client):
    html = client.get("/ru/search/", {"q": "hotline"}).content.decode()
    assert "#t=" not in html


@pytest.mark.django_db
def test_unpublished_webinar_recordings_are_not_searchable(client):
    page = WebinarPage.objects.get(slug="who-gets-free-legal-aid", locale__language_code="en")
    page.unpublish()
    assert "#t=" not in client.get("/en/search/", {"q": "hotline"}).content.decode()
