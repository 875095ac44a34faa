"""Course and lesson pages link to their assessments, and anonymous visitors get those pages from
the page cache: publishing, editing or deleting an assessment must refresh them."""

from django.db.models.signals import post_delete, post_save

from cms.page_cache import bump_generation

from .models import Assessment


def _assessment_changed(sender, **kwargs):
    bump_generation()


post_save.connect(_assessment_changed, sender=Assessment, dispatch_uid="sauat_quiz_cache_save")
post_delete.connect(_assessment_changed, sender=Assessment, dispatch_uid="sauat_quiz_cache_delete")
