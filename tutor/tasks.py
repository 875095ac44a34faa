"""Background tasks of the tutor (django-tasks)."""

# -- questions and answers (issue 7) ------------------------------------------------------------
from django_tasks import task


@task()
def reindex_page(page_id: int) -> int:
    """Rewrite the index rows of one page after it was published or unpublished; returns the row count."""
    from wagtail.models import Page

    from .models import Passage
    from .retrieval import passages

    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        Passage.objects.filter(source_id=str(page_id)).delete()
        return 0
    passages.reindex_page(page)
    return Passage.objects.filter(source_id=str(page_id)).count()


@task()
def reindex_card(card_id: int) -> int:
    from .models import AnswerCard, Passage
    from .retrieval import passages

    card = AnswerCard.objects.filter(pk=card_id).select_related("legal_act", "topic", "lesson").first()
    if card is None:
        Passage.objects.filter(source_id=f"card-{card_id}").delete()
        return 0
    passages.reindex_card(card)
    return Passage.objects.filter(source_id=f"card-{card_id}").count()
