"""Submit timed attempts whose deadline has passed, with the answers saved before it.

Opening an expired attempt submits it anyway; run this every few minutes (cron or a systemd timer)
so abandoned attempts are graded too and results and statistics do not wait for the learner.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from quizzes.actions import close_if_expired
from quizzes.models import Attempt


class Command(BaseCommand):
    help = "Submit timed attempts whose time ran out."

    def handle(self, *args, **options):
        cutoff = timezone.now() - timezone.timedelta(seconds=settings.SAUAT_QUIZ_GRACE_SECONDS)
        closed = 0
        for attempt in Attempt.objects.expired(cutoff).select_related("user").iterator():
            if close_if_expired(attempt).state == Attempt.State.SUBMITTED:
                closed += 1
        self.stdout.write(f"Closed {closed} expired attempt(s).")
