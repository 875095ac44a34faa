"""Keep seats right when pages or accounts change."""

from django.contrib.auth import get_user_model
from django.db.models.signals import pre_delete
from django.dispatch import receiver

from wagtail.signals import page_published

from . import actions
from .models import WebinarPage


@receiver(page_published)
def promote_after_capacity_change(sender, instance, **kwargs):
    """A published change may add seats (a higher capacity): give them to the people waiting."""
    if isinstance(instance, WebinarPage):
        actions.fill_free_seats(instance)


@receiver(pre_delete, sender=get_user_model())
def release_seats_before_account_deletion(sender, instance, **kwargs):
    """Deleting an account removes its registrations (CASCADE); first hand its seats to the people waiting."""
    actions.release_seats_of(instance)
