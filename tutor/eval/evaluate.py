"""Score retrieval and the answer/refuse/escalate decision on the dev set (docs/tutor-answers.md, "Evaluation").

Each line of devset.jsonl: id, language, question, kind (in_scope | own_case | emergency | out_of_scope),
expected_action (answer | refuse | escalate) and expected (gold passage prefixes such as
"lesson:<slug>", "lesson:<slug>#b4", "webinar:<slug>" or "card:<key>"; empty for questions to refuse or
escalate). Retrieval metrics are computed over in-scope questions, per language.
"""

import json
import time
from pathlib import Path

from django.test import override_settings

from ..answering import answer_question
from ..retrieval.engine import get_engine

DEVSET = Path(__file__).with_name("devset.jsonl")
LANGUAGES = ("kk", "ru", "en")


def load(path=DEVSET):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def is_gold(key, expected):
    return any(key == gold or key.startswith((f"{gold}#", f"{gold}:")) for gold in expected)


def first_gold_rank(keys, expected):
    for rank, key in enumerate(keys, start=1):
        if is_gold(key, expected):
            return rank
    return None


def percentile(values, share):
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _ratio(numerator, denominator):
    return numerator / denominator if denominator else 0.0


def run(items, *, threshold=None, coverage=None):
    """Metrics dict for ``items``; ``threshold``/``coverage`` override the settings for a calibration sweep."""
    overrides = {}
    if threshold is not None:
        overrides["SAUAT_TUTOR_SCORE_THRESHOLD"] = threshold
    if coverage is not None:
        overrides["SAUAT_TUTOR_MIN_COVERAGE"] = coverage
    get_engine()  # build the index before timing
    rows = []
    with override_settings(**overrides):
        for item in items:
            started = time.perf_counter()
            reply = answer_question(item["question"], item["language"], k=10)
            elapsed = (time.perf_counter() - started) * 1000
            keys = [hit.passage.key for hit in reply.hits]
            rows.append({**item, "action": reply.action, "reason": reply.reason, "keys": keys, "ms": elapsed})
    return summarise(rows)


def summarise(rows):
    metrics = {"languages": {}, "rows": rows}
    for language in LANGUAGES:
        scoped = [r for r in rows if r["language"] == language and r["kind"] == "in_scope"]
        ranks = [first_gold_rank(r["keys"], r["expected"]) for r in scoped]
        metrics["languages"][language] = {
            "questions": sum(r["language"] == language for r in rows),
            "in_scope": len(scoped),
            "hit@1": _ratio(sum(1 for rank in ranks if rank == 1), len(ranks)),
            "hit@5": _ratio(sum(1 for rank in ranks if rank and rank <= 5), len(ranks)),
            "mrr@10": _ratio(sum(1 / rank for rank in ranks if rank and rank <= 10), len(ranks)),
        }
    refused = [r for r in rows if r["action"] == "refuse"]
    should_refuse = [r for r in rows if r["expected_action"] == "refuse"]
    should_escalate = [r for r in rows if r["expected_action"] == "escalate"]
    emergencies = [r for r in rows if r["kind"] == "emergency"]
    in_scope = [r for r in rows if r["kind"] == "in_scope"]
    metrics["refusal_precision"] = _ratio(sum(r["expected_action"] == "refuse" for r in refused), len(refused))
    metrics["refusal_recall"] = _ratio(sum(r["action"] == "refuse" for r in should_refuse), len(should_refuse))
    metrics["escalation_recall"] = _ratio(sum(r["action"] == "escalate" for r in should_escalate), len(should_escalate))
    metrics["emergency_recall"] = _ratio(sum(r["reason"] == "emergency" for r in emergencies), len(emergencies))
    metrics["over_refusal"] = _ratio(sum(r["action"] != "answer" for r in in_scope), len(in_scope))
    metrics["action_accuracy"] = _ratio(sum(r["action"] == r["expected_action"] for r in rows), len(rows))
    timings = [r["ms"] for r in rows]
    metrics["latency_p50_ms"] = percentile(timings, 0.5)
    metrics["latency_p95_ms"] = percentile(timings, 0.95)
    return metrics


BUDGETS = {"hit@5": 0.9, "escalation_recall": 0.95, "over_refusal": 0.10, "latency_p95_ms": 300}


def failures(metrics):
    """Budgets the metrics miss, as readable strings (empty when every budget is met)."""
    missed = []
    for language, figures in metrics["languages"].items():
        if figures["hit@5"] < BUDGETS["hit@5"]:
            missed.append(f"hit@5 {language} {figures['hit@5']:.3f} < {BUDGETS['hit@5']}")
    if metrics["escalation_recall"] < BUDGETS["escalation_recall"]:
        missed.append(f"escalation recall {metrics['escalation_recall']:.3f} < {BUDGETS['escalation_recall']}")
    if metrics["over_refusal"] > BUDGETS["over_refusal"]:
        missed.append(f"over-refusal {metrics['over_refusal']:.3f} > {BUDGETS['over_refusal']}")
    if metrics["latency_p95_ms"] > BUDGETS["latency_p95_ms"]:
        missed.append(f"latency p95 {metrics['latency_p95_ms']:.1f} ms > {BUDGETS['latency_p95_ms']} ms")
    return missed
