from django.core.management.base import BaseCommand

from webinars.reminders import send_due_reminders


class Command(BaseCommand):
    help = "Send the due 24-hour and 1-hour webinar reminders (each once). Run every few minutes."

    def handle(self, *args, **options):
        count = send_due_reminders()
        self.stdout.write(f"{count} reminder(s) queued.")
