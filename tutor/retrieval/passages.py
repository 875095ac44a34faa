"""Turn published content into index rows (Passage): lesson blocks, webinar transcripts, answer cards.

Only what a visitor may read is indexed: live lessons without view restrictions, live public webinars'
captions and approved answer cards. Each source is replaced as a whole, so publishing a lesson rewrites
its rows and unpublishing it removes them.
"""

import re
from html import unescape

from django.db import transaction
from django.utils.html import strip_tags

from courses.models import LessonPage

from ..models import AnswerCard, Passage

LANGUAGES = ["kk", "ru", "en"]
TRANSCRIPT_WORDS = 70


def _text(value):
    """Plain text of rich text, list items kept apart ("; ")."""
    html = re.sub(r"</li>\s*", "; ", str(value))
    html = re.sub(r"<(?:/p|br\s*/?|/h\d|ul|ol)>", " ", html)
    return " ".join(unescape(strip_tags(html)).split()).replace(":;", ":").replace("; ;", ";")


def _block_text(block):
    kind, value = block.block_type, block.value
    if kind == "paragraph":
        return _text(value.source if hasattr(value, "source") else value)
    if kind == "callout":
        return " ".join(filter(None, [value.get("title", ""), _text(value["text"].source)]))
    if kind == "key_term":
        return f"{value['term']}: {_text(value['definition'].source)}"
    if kind == "case":
        return " ".join(
            filter(
                None,
                [
                    value["title"],
                    _text(value["situation"].source),
                    value.get("question", ""),
                    _text(value["answer"].source),
                ],
            )
        )
    if kind == "legal_provision":
        return f"{value['article']}. {value['excerpt']}"
    return ""


def _is_public(page):
    return page.live and not page.get_view_restrictions().exists()


def lesson_passages(lesson):
    """Passage rows (unsaved) for one lesson page: one per content block, with its section heading and
    the legal provision of its section (the block's own, else the nearest one in the section)."""
    lesson = lesson.specific
    language = lesson.locale.language_code
    course = lesson.get_parent().specific
    topic = getattr(getattr(course, "topic", None), "slug", "") or ""
    url = lesson.get_url() or lesson.url or ""
    sections, current = [], {"heading": "", "blocks": []}
    for index, block in enumerate(lesson.body):
        if block.block_type == "heading":
            sections.append(current)
            current = {"heading": block.value["text"], "blocks": []}
        else:
            current["blocks"].append((index, block))
    sections.append(current)
    rows = []
    for section in sections:
        provisions = [(i, b.value) for i, b in section["blocks"] if b.block_type == "legal_provision"]
        for index, block in section["blocks"]:
            text = _block_text(block)
            if not text:
                continue
            act, article = "", ""
            if provisions:
                _i, provision = min(provisions, key=lambda p, index=index: (abs(p[0] - index), -p[0]))
                act, article = provision["act"].title_in(language) if provision["act"] else "", provision["article"]
            title = " · ".join(filter(None, [lesson.title, section["heading"]]))
            rows.append(
                Passage(
                    key=f"lesson:{lesson.slug}#b{index}:{language}",
                    kind=Passage.Kind.LESSON,
                    language=language,
                    group=f"lesson:{lesson.translation_key}#b{index}",
                    source_id=str(lesson.pk),
                    topic_slug=topic,
                    title=title,
                    url=url,
                    text=f"{title}. {text}",
                    legal_act=act,
                    article=article,
                )
            )
    return rows


def card_passages(card):
    rows = []
    if not card.is_approved:
        return rows
    lesson_url = ""
    if card.lesson_id and card.lesson.live:
        lesson_url = card.lesson.get_url() or ""
    for language in LANGUAGES:
        answer = getattr(card, f"answer_{language}")
        questions = card.questions_in(language)
        if not answer:
            continue
        rows.append(
            Passage(
                key=f"card:{card.key}:{language}",
                kind=Passage.Kind.CARD,
                language=language,
                group=f"card:{card.key}",
                source_id=f"card-{card.pk}",
                topic_slug=card.topic.slug if card.topic_id else "",
                title=questions[0] if questions else card.key,
                url=lesson_url,
                text=" ".join([*questions, answer]),
                legal_act=card.legal_act.title_in(language) if card.legal_act_id else "",
                article=card.article,
            )
        )
    return rows


def webinar_passages(webinar):
    """Transcript stretches (about 70 words of captions) of a live, public webinar's recording."""
    from webinars.models import Caption

    webinar = webinar.specific
    rows = []
    if not _is_public(webinar):
        return rows
    pages = {
        page.locale.language_code: page
        for page in type(webinar)
        .objects.live()
        .filter(translation_key=webinar.translation_key)
        .select_related("locale")
    }
    captions = Caption.objects.filter(recording__webinar__translation_key=webinar.translation_key).prefetch_related(
        "cues"
    )
    for caption in captions:
        page = pages.get(caption.language) or webinar
        chunk, start, number = [], None, 0
        cues = list(caption.cues.all())
        for position, cue in enumerate(cues):
            start = cue.start_seconds if start is None else start
            chunk.append(cue.text)
            if sum(len(t.split()) for t in chunk) >= TRANSCRIPT_WORDS or position == len(cues) - 1:
                rows.append(
                    Passage(
                        key=f"webinar:{page.slug}#t{start}:{caption.language}",
                        kind=Passage.Kind.TRANSCRIPT,
                        language=caption.language,
                        group=f"webinar:{webinar.translation_key}:{caption.language}#{number}",
                        source_id=str(webinar.pk),
                        topic_slug=webinar.topic.slug if webinar.topic_id else "",
                        title=page.title,
                        url=f"{page.get_url() or page.url}#t={start}",
                        text=f"{page.title}. {' '.join(chunk)}",
                    )
                )
                chunk, start, number = [], None, number + 1
    return rows


@transaction.atomic
def replace(source_ids, rows):
    """Swap every row of these sources for ``rows`` in one transaction."""
    Passage.objects.filter(source_id__in=[str(s) for s in source_ids]).delete()
    Passage.objects.bulk_create(rows, batch_size=500)


def reindex_page(page):
    """Re-read one page (lesson or webinar) after publish or unpublish."""
    from webinars.models import WebinarPage

    page = page.specific
    if isinstance(page, LessonPage):
        replace([page.pk], lesson_passages(page) if _is_public(page) else [])
    elif isinstance(page, WebinarPage):
        siblings = list(type(page).objects.filter(translation_key=page.translation_key).values_list("pk", flat=True))
        live = type(page).objects.live().filter(translation_key=page.translation_key).first()
        replace(siblings, webinar_passages(live) if live is not None else [])


def reindex_card(card):
    replace([f"card-{card.pk}"], card_passages(card))


def rebuild_all():
    """Every source from scratch (the tutor_reindex command); returns the number of rows."""
    from webinars.models import WebinarPage

    rows = []
    for lesson in LessonPage.objects.live().public().select_related("locale"):
        rows.extend(lesson_passages(lesson))
    seen = set()
    for webinar in WebinarPage.objects.live().public():
        if webinar.translation_key not in seen:
            seen.add(webinar.translation_key)
            rows.extend(webinar_passages(webinar))
    for card in AnswerCard.objects.approved().select_related("legal_act", "topic", "lesson"):
        rows.extend(card_passages(card))
    with transaction.atomic():
        Passage.objects.all().delete()
        Passage.objects.bulk_create(rows, batch_size=500)
    return len(rows)
