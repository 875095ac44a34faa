from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from demo.certificates import ensure_demo_certificate
from demo.loader import DemoLoader
from demo.tutor import load_learning_path
from demo.users import DEMO_PASSWORD, ensure_demo_users


class Command(BaseCommand):
    help = "Load the trilingual demo courses (idempotent) and, in development, the demo accounts."

    def add_arguments(self, parser):
        parser.add_argument("--no-users", action="store_true", help="Do not create the demo accounts.")
        parser.add_argument(
            "--allow-users-without-debug",
            action="store_true",
            help="Create demo accounts even with DEBUG off (tests, staging). Never on a public site.",
        )

    def handle(self, *args, no_users=False, allow_users_without_debug=False, **options):
        created = DemoLoader(stdout=self.stdout).load()
        if created:
            call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({created} objects created)."))
        if no_users:
            return
        if not settings.DEBUG and not allow_users_without_debug:
            raise CommandError("Demo accounts are only created with DEBUG on (or --allow-users-without-debug).")
        rows = ensure_demo_users()
        ensure_demo_certificate()
        load_learning_path(User.objects.get(email="learner@sauat.test"))
        self.stdout.write(f"\nDemo accounts (password for all: {DEMO_PASSWORD}):")
        for email, group in rows:
            self.stdout.write(f"  {email:<24} {group}")
