"""Background task (django-tasks): check a learner against a course's completion rule and issue.

Takes ids, not objects, and re-reads everything; running it twice gives one certificate.
"""

from django_tasks import task


@task()
def check_completion(user_id: int, course_key: str) -> str | None:
    """Issue the certificate if earned; returns its public id (None if not eligible)."""
    from accounts.models import User

    from .actions import check_and_issue

    user = User.objects.filter(pk=user_id).first()
    certificate = check_and_issue(user, course_key) if user else None
    return certificate.public_id if certificate else None
