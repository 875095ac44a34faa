"""Evaluate the tutor on the dev set: hit@1, hit@5, MRR per language, refusal and escalation figures, latency."""

from django.core.management.base import BaseCommand, CommandError

from tutor.eval import evaluate


class Command(BaseCommand):
    help = "Score the tutor on tutor/eval/devset.jsonl against the current index (run load_demo first)."

    def add_arguments(self, parser):
        parser.add_argument("--devset", default=str(evaluate.DEVSET))
        parser.add_argument("--calibrate", action="store_true", help="Sweep the score threshold and coverage.")
        parser.add_argument("--misses", action="store_true", help="List questions answered wrongly.")
        parser.add_argument("--strict", action="store_true", help="Exit with an error when a budget is missed.")

    def handle(self, *args, **options):
        items = evaluate.load(options["devset"])
        if options["calibrate"]:
            return self.calibrate(items)
        metrics = evaluate.run(items)
        write = self.stdout.write
        write(f"Dev set: {len(items)} questions")
        write(f"{'lang':<5}{'n':>4}{'in-scope':>10}{'hit@1':>8}{'hit@5':>8}{'MRR@10':>8}")
        for language, f in metrics["languages"].items():
            write(
                f"{language:<5}{f['questions']:>4}{f['in_scope']:>10}{f['hit@1']:>8.3f}{f['hit@5']:>8.3f}{f['mrr@10']:>8.3f}"
            )
        write(f"refusal precision {metrics['refusal_precision']:.3f}, recall {metrics['refusal_recall']:.3f}")
        write(
            f"escalation recall {metrics['escalation_recall']:.3f} (emergency recall {metrics['emergency_recall']:.3f})"
        )
        write(f"over-refusal {metrics['over_refusal']:.3f}; action accuracy {metrics['action_accuracy']:.3f}")
        write(f"latency p50 {metrics['latency_p50_ms']:.1f} ms, p95 {metrics['latency_p95_ms']:.1f} ms (no LLM)")
        if options["misses"]:
            for row in metrics["rows"]:
                wrong_action = row["action"] != row["expected_action"]
                missed = (
                    row["kind"] == "in_scope" and evaluate.first_gold_rank(row["keys"][:5], row["expected"]) is None
                )
                if wrong_action or missed:
                    write(
                        f"  {row['id']}: {row['action']}/{row['reason'] or '-'} want {row['expected_action']}; "
                        f"top {row['keys'][:3]} {row['question']}"
                    )
        missed = evaluate.failures(metrics)
        for line in missed:
            write(self.style.WARNING(f"budget missed: {line}"))
        if not missed:
            write(self.style.SUCCESS("All budgets met."))
        elif options["strict"]:
            raise CommandError("Budgets missed.")

    def calibrate(self, items):
        self.stdout.write(f"{'threshold':>10}{'coverage':>10}{'over-refusal':>14}{'refusal P':>11}{'refusal R':>11}")
        for threshold in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4):
            for coverage in (0.0, 0.2, 0.3, 0.4, 0.5):
                m = evaluate.run(items, threshold=threshold, coverage=coverage)
                self.stdout.write(
                    f"{threshold:>10.2f}{coverage:>10.2f}{m['over_refusal']:>14.3f}"
                    f"{m['refusal_precision']:>11.3f}{m['refusal_recall']:>11.3f}"
                )
