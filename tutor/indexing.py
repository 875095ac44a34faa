"""Keep the tutor's index in step with published content: Wagtail's publish/unpublish signals and
answer-card changes enqueue a reindex task once the transaction has committed."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished

from courses.models import LessonPage

from .models import AnswerCard, Passage
from .tasks import reindex_card, reindex_page


def _indexed(page):
    from webinars.models import WebinarPage

    return isinstance(page, LessonPage | WebinarPage)


@receiver(page_published, dispatch_uid="tutor_index_publish")
@receiver(page_unpublished, dispatch_uid="tutor_index_unpublish")
def page_changed(sender, instance, **kwargs):
    if _indexed(instance):
        transaction.on_commit(partial(reindex_page.enqueue, instance.pk))


@receiver(post_delete, sender=LessonPage, dispatch_uid="tutor_index_lesson_deleted")
def lesson_deleted(sender, instance, **kwargs):
    Passage.objects.filter(source_id=str(instance.pk)).delete()


@receiver(post_save, sender=AnswerCard, dispatch_uid="tutor_index_card_saved")
def card_saved(sender, instance, **kwargs):
    transaction.on_commit(partial(reindex_card.enqueue, instance.pk))


@receiver(post_delete, sender=AnswerCard, dispatch_uid="tutor_index_card_deleted")
def card_deleted(sender, instance, **kwargs):
    Passage.objects.filter(source_id=f"card-{instance.pk}").delete()


def _delete_questions_of(sender, instance, **kwargs):
    """The pseudonymous log of a deleted account goes with it (Law No. 94-V)."""
    from .models import QuestionLog, Rating
    from .models.questions import pseudonym

    key = pseudonym(instance)
    if key:
        Rating.objects.filter(rater=key).delete()
        QuestionLog.objects.filter(asker=key).delete()


def connect_account_deletion():
    from django.contrib.auth import get_user_model
    from django.db.models.signals import pre_delete

    pre_delete.connect(_delete_questions_of, sender=get_user_model(), dispatch_uid="tutor_questions_of_deleted_user")


connect_account_deletion()
