from django.conf import settings
from django.core.management.base import BaseCommand

from universities.actions import erase_expired_intakes


class Command(BaseCommand):
    help = "Erase personal details of clinic intakes closed more than SAUAT_CLINIC_RETENTION_MONTHS ago (run daily)."

    def handle(self, *args, **options):
        count = erase_expired_intakes()
        self.stdout.write(
            f"Erased personal details of {count} intake(s) closed over "
            f"{settings.SAUAT_CLINIC_RETENTION_MONTHS} months ago."
        )
