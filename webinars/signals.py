"""Keep seats right when pages or accounts change."""

from django.contrib.auth import get_user_model
from django.db.models.signals import pre_delete
from django.dispatch import receiver

from wagtail.signals import page_published

from . import actions
from .models import WebinarPage


@receiver(page_published)
def after_webinar_published(sender, instance, **kwargs):
    """A published change may move the session (tell registrants) or add seats (give them to people waiting)."""
    if isinstance(instance, WebinarPage):
        if getattr(instance, "_schedule_changed", False):
            actions.announce_new_time(instance)
        actions.fill_free_seats(instance)


@receiver(pre_delete, sender=get_user_model())
def release_seats_before_account_deletion(sender, instance, **kwargs):
    """Deleting an account removes its registrations (CASCADE); first hand its seats to the people waiting."""
    actions.release_seats_of(instance)
