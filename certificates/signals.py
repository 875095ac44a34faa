"""When something that a completion rule counts happens, queue a check for that learner and course.

Submitted quizzes and surveys (quizzes' attempt_submitted), a completed course enrolment and a recorded
webinar attendance each queue ``tasks.check_completion`` after the transaction commits. Deleting an
account withdraws its certificates first.
"""

from django.db import transaction
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver

from accounts.models import User
from courses.models import Enrollment
from quizzes.actions import attempt_submitted
from webinars.models import Attendance

from .models import CompletionRule


def queue_check(user_id, course_key):
    if user_id is None or course_key is None:
        return
    if not CompletionRule.objects.active().filter(course_key=course_key).exists():
        return
    from .tasks import check_completion

    transaction.on_commit(lambda: check_completion.enqueue(user_id, str(course_key)))


@receiver(attempt_submitted, dispatch_uid="sauat_certificates_attempt")
def _attempt_submitted(sender, attempt, **kwargs):
    if attempt.user_id is None:
        return
    assessment = attempt.assessment
    if assessment.course_id:
        queue_check(attempt.user_id, assessment.course.translation_key)
    for course_key in CompletionRule.objects.active().filter(survey=assessment).values_list("course_key", flat=True):
        queue_check(attempt.user_id, course_key)


@receiver(post_save, sender=Enrollment, dispatch_uid="sauat_certificates_enrollment")
def _enrollment_saved(sender, instance, **kwargs):
    if instance.status == Enrollment.Status.COMPLETED:
        queue_check(instance.user_id, instance.course_key)


@receiver(post_save, sender=Attendance, dispatch_uid="sauat_certificates_attendance")
def _attendance_saved(sender, instance, created, **kwargs):
    if created and instance.webinar.course_id:
        queue_check(instance.user_id, instance.webinar.course.translation_key)


@receiver(pre_delete, sender=User, dispatch_uid="sauat_certificates_account_deleted")
def _account_deleted(sender, instance, **kwargs):
    from .actions import withdraw_for_deleted_account

    withdraw_for_deleted_account(instance)
