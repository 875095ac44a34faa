from django.conf import settings
from django.core.management.base import BaseCommand

from research.actions import close_ended_projects, prune_exports


class Command(BaseCommand):
    help = (
        "Delete research packages past their retention date (SAUAT_RESEARCH_RETENTION_DAYS or the project's end) "
        "and close projects whose end date has passed (run daily)."
    )

    def handle(self, *args, **options):
        pruned = prune_exports()
        closed = close_ended_projects()
        self.stdout.write(
            f"Deleted {pruned} package(s) older than {settings.SAUAT_RESEARCH_RETENTION_DAYS} days or past their "
            f"project's end; closed {closed} ended project(s)."
        )
