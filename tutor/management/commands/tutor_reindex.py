"""Rebuild the tutor's index from every published lesson, public webinar transcript and approved answer card."""

import time

from django.core.management.base import BaseCommand

from tutor.retrieval import passages


class Command(BaseCommand):
    help = "Rebuild the tutor's passage index from published content (publishing keeps it current otherwise)."

    def handle(self, *args, **options):
        started = time.perf_counter()
        count = passages.rebuild_all()
        self.stdout.write(f"Indexed {count} passages in {time.perf_counter() - started:.1f} s.")
