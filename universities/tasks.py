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
def erase_expired_intakes() -> int:
    """Run daily (cron or a scheduler): erase personal details of intakes closed N months ago."""
    from . import actions

    return actions.erase_expired_intakes()
