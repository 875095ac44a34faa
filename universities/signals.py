"""Account deletion: the clinic keeps its anonymised case log, not the person's details."""

from django.contrib.auth import get_user_model
from django.db.models.signals import pre_delete
from django.dispatch import receiver

from . import actions


@receiver(pre_delete, sender=get_user_model())
def erase_intakes_before_account_deletion(sender, instance, **kwargs):
    actions.erase_intakes_of(instance)
