"""Demo answer cards for the tutor, approved in the name of a demo legal reviewer (idempotent)."""

from cms.models import LegalAct
from courses.models import LessonPage, Topic
from tutor.models import AnswerCard

from .content import acts
from .content.answer_cards import CARDS, REVIEWED_BY, REVIEWED_ON


def load_answer_cards():
    """Create the demo cards that do not exist yet; returns how many were created."""
    titles = {act["slug"]: act["title"]["en"] for act in acts.ACTS}
    created = 0
    for card in CARDS:
        if AnswerCard.objects.filter(key=card["key"]).exists():
            continue
        course_slug, lesson_slug = card["lesson"]
        lesson = LessonPage.objects.filter(
            slug=lesson_slug, locale__language_code="kk", url_path__contains=f"/{course_slug}/"
        ).first()
        AnswerCard.objects.create(
            key=card["key"],
            topic=Topic.objects.filter(slug=card["topic"]).first(),
            legal_act=LegalAct.objects.filter(title_en=titles[card["act"]]).first(),
            article=card["article"]["en"],
            lesson=lesson,
            status=AnswerCard.Status.APPROVED,
            reviewed_by=REVIEWED_BY,
            reviewed_on=REVIEWED_ON,
            **{f"questions_{code}": "\n".join(card["questions"][code]) for code in ("kk", "ru", "en")},
            **{f"answer_{code}": card["answer"][code] for code in ("kk", "ru", "en")},
        )
        created += 1
    return created
