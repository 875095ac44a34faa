"""Demo webinars: the listing, speakers, six sessions and one captioned recording (idempotent).

Called by DemoLoader.load(); uses its page helpers, so existing pages are never changed. The
recording is a short audio file generated here with the stdlib ``wave`` module (quiet, with a soft
tick at each caption), not a file kept in the repository.
"""

import io
import json
import math
import wave
from datetime import datetime, time, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model

from cms.models import MainMenu
from courses.models import CoursePage
from webinars import actions
from webinars.captions import Cue, to_webvtt
from webinars.models import Recording, RecordingChapter, Speaker, WebinarIndexPage, WebinarPage, WebinarPageSpeaker

from .content import webinars as content

LANGUAGES = ["kk", "ru", "en"]
SAMPLE_RATE = 8000


def generated_audio(seconds, ticks=()):
    """Mono 8-bit WAV bytes: silence with a short, quiet 660 Hz tick at each second in ``ticks``."""
    frames = bytearray([128]) * (seconds * SAMPLE_RATE)
    for at in ticks:
        start = int(at * SAMPLE_RATE)
        for i in range(int(0.12 * SAMPLE_RATE)):
            if start + i < len(frames):
                frames[start + i] = 128 + int(20 * math.sin(2 * math.pi * 660 * i / SAMPLE_RATE))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(1)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(bytes(frames))
    return buffer.getvalue()


def caption_vtt(recording_data, language):
    cues = [Cue(int(start * 1000), int(end * 1000), texts[language]) for start, end, texts in recording_data["cues"]]
    return to_webvtt(cues)


class WebinarDemo:
    def __init__(self, loader):
        self.loader = loader
        self.locales = loader.locales

    def ensure_speakers(self):
        speakers = {}
        for data in content.SPEAKERS:

            def fields(code, data=data):
                return {
                    "name": data["name"][code],
                    "role": data["role"],
                    "affiliation": data["affiliation"][code],
                    "bio": data["bio"][code],
                    **{f"speaks_{lang}": lang in data["languages"] for lang in LANGUAGES},
                }

            source = Speaker.objects.filter(locale=self.locales["kk"], name=data["name"]["kk"]).first()
            if source is None:
                source = Speaker.objects.create(locale=self.locales["kk"], **fields("kk"))
                self.loader.created += 1
            speakers[data["slug"]] = {"kk": source}
            for code in LANGUAGES[1:]:
                translation = source.get_translation_or_none(self.locales[code])
                if translation is None:
                    translation = source.copy_for_translation(self.locales[code])
                    for name, value in fields(code).items():
                        setattr(translation, name, value)
                    translation.save()
                    self.loader.created += 1
                speakers[data["slug"]][code] = translation
        return speakers

    def ensure_index(self, home):
        return self.loader.ensure_page(
            home["kk"],
            WebinarIndexPage,
            content.INDEX["slug"],
            lambda code: {"title": content.INDEX["title"][code], "intro": content.INDEX["intro"][code]},
        )

    def ensure_webinar(self, data, index, speakers, topics):
        today = timezone.localdate()
        hour, minute = (int(part) for part in data["at"].split(":"))
        start = timezone.make_aware(datetime.combine(today + timedelta(days=data["day"]), time(hour, minute)))
        courses = {
            page.locale.language_code: page
            for page in CoursePage.objects.filter(slug=data["course"]).select_related("locale")
        }

        def fields(code):
            return {
                "title": data["title"][code],
                "kind": data["kind"],
                "summary": data["summary"][code],
                "description": json.dumps([{"type": "paragraph", "value": data["description"][code]}]),
                "start_at": start,
                "end_at": start + timedelta(minutes=data["minutes"]),
                "language": data["language"],
                "capacity": data["capacity"],
                "slot_minutes": data.get("slot_minutes", 20),
                "room_url": f"https://meet.jit.si/sauat-demo-{data['slug']}",
                "topic": topics[data["topic"]],
                "course": courses.get(code),
                "speaker_links": [WebinarPageSpeaker(speaker=speakers[slug][code]) for slug in data["speakers"]],
            }

        return self.loader.ensure_page(index["kk"], WebinarPage, data["slug"], fields)

    def ensure_recording(self, page, data):
        if Recording.objects.for_webinar(page).exists():
            return
        Document = get_document_model()
        ticks = [start for start, _end, _texts in data["cues"]]
        document = Document(title=page.title)
        document.file.save(f"{page.slug}.wav", ContentFile(generated_audio(data["seconds"], ticks)), save=False)
        document.save()
        recording = Recording.objects.create(webinar=page, media=document, duration_seconds=data["seconds"])
        for order, (seconds, titles) in enumerate(data["chapters"]):
            RecordingChapter.objects.create(
                recording=recording,
                sort_order=order,
                start_seconds=seconds,
                **{f"title_{code}": titles[code] for code in LANGUAGES},
            )
        from webinars.captions import parse_webvtt

        for code in LANGUAGES:
            actions.replace_captions(recording, code, parse_webvtt(caption_vtt(data, code)))
        self.loader.created += 1

    def ensure_menu_links(self, index):
        for code in LANGUAGES:
            menu = MainMenu.objects.filter(locale=self.locales[code]).first()
            page = index[code]
            if menu is None or any(item.value.get("page") and item.value["page"].pk == page.pk for item in menu.items):
                continue
            raw = list(menu.items.raw_data)
            raw.append(
                {"type": "link", "value": {"label": content.INDEX["menu_label"][code], "page": page.pk, "url": ""}}
            )
            menu.items = json.dumps(raw)
            menu.save()
            self.loader.created += 1

    def load(self, home, topics):
        speakers = self.ensure_speakers()
        index = self.ensure_index(home)
        for data in content.WEBINARS:
            pages = self.ensure_webinar(data, index, speakers, topics)
            if data.get("recording"):
                self.ensure_recording(pages["kk"], content.RECORDINGS[data["recording"]])
        return index
