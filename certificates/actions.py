"""Certificate workflows: issue (automatic, by hand, in bulk), re-issue after a name correction, revoke.

Issuing writes the row and its signed credential in one transaction, so no certificate exists without a
verifiable artefact; the partial unique constraint makes a retried task or a double click give one
certificate.
"""

import logging
import random

from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.models import CoursePage, Enrollment

from . import credentials
from .exceptions import NotEligibleError
from .models import STATUS_LIST_SIZE, Certificate, CompletionRule

logger = logging.getLogger("sauat.certificates")
_random = random.SystemRandom()


def holder_name_for(user):
    return (user.display_name or "").strip() or user.get_short_name()


def course_titles(course_key):
    """{"course_title_kk": ..., ...} from the live language versions of the course."""
    titles = dict(
        CoursePage.objects.live().filter(translation_key=course_key).values_list("locale__language_code", "title")
    )
    return {f"course_title_{code}": titles.get(code, "") for code in ("kk", "ru", "en")}


def _insert(certificate):
    """Save with a random free status-list position (random, so positions say nothing about issue order)."""
    for _attempt in range(20):
        certificate.status_index = _random.randrange(STATUS_LIST_SIZE)
        try:
            with transaction.atomic():
                certificate.save()
            return
        except IntegrityError:
            if Certificate.objects.filter(
                status_list=certificate.status_list, status_index=certificate.status_index
            ).exists():
                continue  # position taken: draw again
            raise
    raise IntegrityError("No free status-list position found.")


def issue_certificate(user, course_key, *, rule=None, issued_by=None, holder_name=None) -> tuple[Certificate, bool]:
    """Issue ``user``'s certificate for the course (idempotent). Returns (certificate, created)."""
    rule = rule or CompletionRule.objects.filter(course_key=course_key).select_related("template").first()
    existing = Certificate.objects.valid().filter(user=user, course_key=course_key).first()
    if existing:
        return existing, False
    now = timezone.now()
    certificate = Certificate(
        user=user,
        course_key=course_key,
        rule=rule,
        template=rule.template if rule else None,
        holder_name=holder_name or holder_name_for(user),
        issued_at=now,
        expires_at=rule.expiry_for(now) if rule else None,
        issued_by=issued_by,
        **course_titles(course_key),
    )
    try:
        with transaction.atomic():
            # The signature covers the status-list position, so the position is drawn first.
            certificate.key_id = credentials.key_id(credentials.signing_key().public_key())
            certificate.credential = "pending"
            _insert(certificate)
            certificate.credential = credentials.sign_jwt(credentials.credential_payload(certificate))
            certificate.save(update_fields=["credential"])
    except IntegrityError:
        existing = Certificate.objects.valid().filter(user=user, course_key=course_key).first()
        if existing is None:
            raise
        return existing, False  # a concurrent task issued it first
    logger.info("Certificate %s issued for course %s", certificate.public_id, course_key)
    return certificate, True


def check_and_issue(user, course_key) -> Certificate | None:
    """Issue the certificate if the course has an active rule and ``user`` meets it; else None.

    A learner who already has a valid certificate, or one that staff revoked, gets nothing new.
    """
    rule = CompletionRule.objects.for_course_key(course_key)
    if rule is None or user is None or not user.is_active:
        return None
    decided = Certificate.objects.decided().filter(user=user, course_key=course_key).first()
    if decided is not None:
        return decided if decided.status == Certificate.Status.VALID else None
    if rule.unmet(user):
        return None
    return issue_certificate(user, course_key, rule=rule)[0]


def issue_by_hand(user, course_key, *, issued_by, require_rule=False) -> Certificate:
    """Staff issue a certificate; with ``require_rule`` the learner must meet the course's rule."""
    rule = CompletionRule.objects.filter(course_key=course_key).first()
    if require_rule and (rule is None or rule.unmet(user)):
        raise NotEligibleError(f"{holder_name_for(user)} has not met the completion rule.")
    return issue_certificate(user, course_key, rule=rule, issued_by=issued_by)[0]


def bulk_issue(course_key, *, issued_by, only_eligible=True) -> int:
    """Issue certificates to the course's cohort: learners who meet the rule (or all who completed the course).

    Returns how many were newly issued; learners who already have one are skipped.
    """
    rule = CompletionRule.objects.filter(course_key=course_key).first()
    enrollments = Enrollment.objects.filter(course_key=course_key).current().select_related("user")
    if not only_eligible:
        enrollments = enrollments.filter(status=Enrollment.Status.COMPLETED)
    created = 0
    for enrollment in enrollments.filter(user__is_active=True):
        if Certificate.objects.decided().filter(user=enrollment.user, course_key=course_key).exists():
            continue
        if only_eligible and (rule is None or rule.unmet(enrollment.user)):
            continue
        created += issue_certificate(enrollment.user, course_key, rule=rule, issued_by=issued_by)[1]
    return created


def reissue(certificate, *, holder_name, by, reason="") -> Certificate:
    """Correct the printed name: a new certificate replaces the old one, which is marked superseded."""
    with transaction.atomic():
        old = Certificate.objects.select_for_update().get(pk=certificate.pk)
        old.supersede(None, reason=reason or f"Name corrected to {holder_name}", by=by)
        new, _created = issue_certificate(
            old.user, old.course_key, rule=old.rule, issued_by=by, holder_name=holder_name.strip()
        )
        old.superseded_by = new
        old.save(update_fields=["superseded_by"])
    return new


def revoke(certificate, *, reason, by) -> Certificate:
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        locked.revoke(reason=reason, by=by)
    logger.info("Certificate %s revoked by %s", locked.public_id, getattr(by, "pk", None))
    return locked


def withdraw_for_deleted_account(user) -> int:
    """Before an account is deleted: revoke its certificates and remove the name and the credential.

    The verify page then says "revoked" for the old QR codes; the status-list bit stays set.
    """
    count = 0
    for certificate in Certificate.objects.for_user(user):
        if certificate.status == Certificate.Status.VALID:
            certificate.revoke(reason="Account deleted at the holder's request.", by=None)
        count += Certificate.objects.filter(pk=certificate.pk).update(holder_name="", credential="")
    return count
