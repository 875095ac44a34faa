"""Builders for webinar tests: a fresh webinar under the demo's Kazakh webinar listing."""

from datetime import timedelta

from django.utils import timezone

from tests.conftest import make_user
from webinars.models import WebinarIndexPage, WebinarPage, WebinarPageSpeaker


def make_webinar(slug="test-webinar", *, start=None, minutes=60, speaker=None, **fields):
    index = WebinarIndexPage.objects.get(locale__language_code="kk", slug="webinars")
    start = start or timezone.now() + timedelta(days=2)
    fields.setdefault("title", "Тест вебинары")
    fields.setdefault("summary", "Тегін заң көмегі туралы сынақ вебинары.")
    fields.setdefault("capacity", 10)
    fields.setdefault("room_url", "https://meet.example.org/sauat-test")
    page = WebinarPage(slug=slug, start_at=start, end_at=start + timedelta(minutes=minutes), **fields)
    if speaker is not None:
        page.speaker_links = [WebinarPageSpeaker(speaker=speaker)]
    index.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def users(count, prefix="person"):
    return [make_user(f"{prefix}{i}@example.kz") for i in range(count)]
