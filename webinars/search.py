"""Site search in recordings: words said (their captions) in the reader's language, linked to the moment."""

from django.db.models import Q

from . import access
from .models import CaptionCue

MAX_HITS = 20


def search_recordings(query, language_code):
    """Caption cues containing every word of ``query`` (case-insensitive in any alphabet)."""
    words = [word.casefold() for word in query.split()][:8]
    if not words:
        return []
    condition = Q()
    for word in words:
        condition &= Q(text_folded__contains=word)
    cues = list(
        CaptionCue.objects.filter(condition, caption__language=language_code)
        .select_related("caption__recording__webinar")
        .order_by("caption__recording_id", "position")[: MAX_HITS * 2]
    )
    if not cues:
        return []
    keys = {cue.caption.recording.webinar.translation_key for cue in cues}
    pages = {
        page.translation_key: page
        for page in access.visible_webinars().filter(translation_key__in=keys, locale__language_code=language_code)
    }
    hits = []
    for cue in cues:
        page = pages.get(cue.caption.recording.webinar.translation_key)
        if page is None:
            continue
        hits.append(
            {
                "title": page.title,
                "url": f"{page.url}#t={cue.start_seconds}",
                "text": cue.text,
                "timestamp": cue.timestamp,
                "seconds": cue.start_seconds,
            }
        )
    return hits[:MAX_HITS]
