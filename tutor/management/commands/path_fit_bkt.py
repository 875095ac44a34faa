from django.core.management.base import BaseCommand

from tutor.fitting import fit_all, refit_skill_params


class Command(BaseCommand):
    help = "Re-fit the BKT parameters of every skill with enough learner data (EM). --enqueue runs it as a task."

    def add_arguments(self, parser):
        parser.add_argument("--enqueue", action="store_true", help="Queue the background job instead.")
        parser.add_argument("--min-sequences", type=int, default=None, help="Override the minimum data per skill.")

    def handle(self, *args, enqueue=False, min_sequences=None, **options):
        if enqueue:
            refit_skill_params.enqueue()
            self.stdout.write("Queued.")
            return
        fitted = fit_all(min_sequences)
        for code, (params, sequences) in sorted(fitted.items()):
            values = " ".join(f"{name}={value:.3f}" for name, value in params.items())
            self.stdout.write(f"{code}: {values} ({sequences} learners)")
        self.stdout.write(f"{len(fitted)} skill(s) fitted.")
