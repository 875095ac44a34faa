"""Background tasks (django-tasks): bulk enrolment imports and the clinic retention clean-up."""

from django_tasks import task


@task()
def run_enrolment_import(import_id: int) -> dict:
    from . import actions
    from .models import EnrolmentImport

    enrolment_import = EnrolmentImport.objects.select_related("cohort__university").get(pk=import_id)
    if enrolment_import.status != EnrolmentImport.Status.QUEUED:
        return {}
    return actions.run_import(enrolment_import)


@task()
def send_invitations(cohort_id: int, user_ids: list[int]) -> int:
    """Invitation e-mails for accounts created by one chunk of a bulk enrolment; returns how many were sent.

    Only accounts that still have no password are invited (someone who set one meanwhile needs no link).
    """
    from accounts.models import User

    from . import notifications
    from .models import Cohort

    cohort = Cohort.objects.select_related("university").filter(pk=cohort_id).first()
    if cohort is None:
        return 0
    users = [user for user in User.objects.filter(pk__in=user_ids, is_active=True) if not user.has_usable_password()]
    return notifications.send_invitations(users, cohort)


@task()
def erase_expired_intakes() -> int:
    """Run daily (cron or a scheduler): erase personal details of intakes closed N months ago."""
    from . import actions

    return actions.erase_expired_intakes()
