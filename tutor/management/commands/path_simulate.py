from django.core.management.base import BaseCommand

from tutor import simulation


class Command(BaseCommand):
    help = "Simulated learners: EM parameter recovery and adaptive path vs fixed order (docs/tutor.md)."

    def handle(self, *args, **options):
        for truth in simulation.SKILLS:
            report = simulation.recovery(truth)
            fitted = " ".join(f"{k}={v:.3f}" for k, v in report["fitted"].items())
            truth_text = " ".join(f"{k}={v:.2f}" for k, v in truth.items())
            self.stdout.write(f"true {truth_text} -> fitted {fitted}; max error {report['max_error']:.3f}")
        paths = simulation.compare_paths()
        adaptive, fixed = paths["adaptive"], paths["fixed"]
        self.stdout.write(
            f"adaptive path: {adaptive['items']:.1f} items per learner, {100 * adaptive['mastered']:.1f}% of skills "
            f"mastered; fixed order: {fixed['per_skill']} items per skill = {fixed['items']:.0f} items, "
            f"{100 * fixed['mastered']:.1f}% mastered ({paths['learners']} learners, {paths['skills']} skills)"
        )
