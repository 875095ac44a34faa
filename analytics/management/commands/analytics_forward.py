"""manage.py analytics_forward: send pending learning events to the LRS as xAPI statements."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from analytics.forwarding import forward_pending, is_configured
from analytics.models import LearningEvent


class Command(BaseCommand):
    help = "Forward pending learning events to the xAPI LRS in SAUAT_XAPI_LRS_URL (safe to run again at any time)."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=None, help="Statements per POST (SAUAT_XAPI_BATCH_SIZE).")
        parser.add_argument("--max-batches", type=int, default=None, help="Stop after this many batches.")

    def handle(self, *args, batch_size=None, max_batches=None, **options):
        if not is_configured():
            self.stdout.write("SAUAT_XAPI_LRS_URL is not set: nothing forwarded (events are still recorded).")
            return
        if batch_size is not None and batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")

        def on_posted(count, status):
            self.stdout.write(f"posted {count} statement(s): HTTP {status}")
            self.stdout.flush()

        summary = forward_pending(
            batch_size=batch_size or settings.SAUAT_XAPI_BATCH_SIZE, max_batches=max_batches, on_posted=on_posted
        )
        counts = LearningEvent.objects.forwarding_summary()
        self.stdout.write(
            f"sent {summary.sent}, failed {summary.failed}, deferred {summary.deferred} "
            f"in {summary.batches} batch(es); "
            f"now pending {counts['pending']}, sent {counts['sent']}, failed {counts['failed']}"
        )
        for error in summary.errors:
            self.stderr.write(error)
