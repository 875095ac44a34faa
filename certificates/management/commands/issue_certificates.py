from django.core.management.base import BaseCommand, CommandError

from certificates import actions
from certificates.models import CompletionRule
from courses.models import CoursePage


class Command(BaseCommand):
    help = "Issue certificates for a course's cohort (by course slug): those who meet the rule, or --all-completed."

    def add_arguments(self, parser):
        parser.add_argument("course_slug")
        parser.add_argument("--all-completed", action="store_true", help="Everyone whose enrolment is completed.")

    def handle(self, course_slug, all_completed=False, **options):
        course = CoursePage.objects.filter(slug=course_slug).first()
        if course is None:
            raise CommandError(f"No course with the slug {course_slug!r}.")
        if not all_completed and not CompletionRule.objects.filter(course_key=course.translation_key).exists():
            raise CommandError("This course has no completion rule; use --all-completed or add a rule in the admin.")
        count = actions.bulk_issue(course.translation_key, issued_by=None, only_eligible=not all_completed)
        self.stdout.write(self.style.SUCCESS(f"{count} certificate(s) issued."))
