"""Workflows with side effects: joining a cohort, removing a student, running an import, clinic intakes."""

import secrets

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import actions as course_actions

from .exceptions import JoinClosedError
from .models import Cohort, CohortMembership, EnrolmentImport, Intake


def join(user, cohort: Cohort) -> tuple[CohortMembership, bool]:
    """A student joins with the cohort's code and is enrolled into its courses. Joining twice is one membership."""
    if not cohort.accepts_joins():
        raise JoinClosedError(_("This cohort no longer accepts new students. Ask your instructor."))
    try:
        with transaction.atomic():
            membership, created = CohortMembership.objects.get_or_create(
                cohort=cohort, user=user, defaults={"source": CohortMembership.Source.CODE}
            )
    except IntegrityError:  # a concurrent request joined first
        membership, created = CohortMembership.objects.get(cohort=cohort, user=user), False
    for course in cohort.course_list():
        course_actions.enrol(user, course)
    return membership, created


def find_cohort_by_code(code) -> Cohort | None:
    code = "".join(str(code or "").split()).upper()[:16]
    return Cohort.objects.select_related("university").filter(join_code=code).first() if code else None


def remove_student(membership: CohortMembership) -> None:
    """Staff take a student out of the cohort. Their account and own course progress stay theirs."""
    membership.delete()


def confirm_import(enrolment_import: EnrolmentImport) -> bool:
    """Queue a previewed import for the background worker. Confirming twice queues it once."""
    from .tasks import run_enrolment_import

    if not enrolment_import.confirm():
        return False
    transaction.on_commit(lambda: run_enrolment_import.enqueue(enrolment_import.pk))
    return True


def run_import(enrolment_import: EnrolmentImport) -> dict:
    from . import enrolment_import as importer

    enrolment_import.start()
    try:
        summary = importer.run(enrolment_import, on_progress=enrolment_import.record_progress)
    except Exception as error:
        enrolment_import.fail(str(error)[:500])
        raise
    enrolment_import.finish(summary)
    return summary


def _reference():
    return "K-" + "".join(secrets.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _i in range(6))


def submit_intake(clinic, *, user, submission_key, language, **fields) -> tuple[Intake, bool]:
    """Store a citizen's question for ``clinic``. The same form sent twice gives one intake: (intake, created)."""
    existing = Intake.objects.filter(submission_key=submission_key).first()
    if existing is not None:
        return existing, False
    for _attempt in range(5):
        try:
            with transaction.atomic():
                intake = Intake.objects.create(
                    clinic=clinic,
                    user=user if user is not None and user.is_authenticated else None,
                    submission_key=submission_key,
                    reference=_reference(),
                    language=language,
                    consent_text_version=Intake.CONSENT_VERSION,
                    consent_given_at=timezone.now(),
                    **fields,
                )
            return intake, True
        except IntegrityError:
            existing = Intake.objects.filter(submission_key=submission_key).first()
            if existing is not None:
                return existing, False
    raise IntegrityError("Could not find a free intake reference.")


def erase_expired_intakes(now=None) -> int:
    """Erase personal details of intakes closed longer than the retention period ago."""
    count = 0
    for intake in Intake.objects.due_for_erasure(now).iterator():
        intake.erase_personal_details()
        count += 1
    return count


def erase_intakes_of(user) -> int:
    """The account is being deleted: erase the personal details of the intakes it sent."""
    count = 0
    for intake in Intake.objects.filter(user=user, personal_data_erased_at__isnull=True):
        intake.erase_personal_details()
        count += 1
    return count
