from django.core.management.base import BaseCommand

from tutor.reminders import send_review_reminders


class Command(BaseCommand):
    help = "E-mail opted-in learners who have reviews due (at most once a day). Run hourly."

    def handle(self, *args, **options):
        self.stdout.write(f"{send_review_reminders()} reminder(s) sent.")
