"""Next-step computation for a learner with 1,000 graded answers: budget p95 <= 20 ms (issue 6).

    .venv/bin/python bench/tutor_next_steps.py            # about 60 s; exit 1 if the budget fails
    .venv/bin/python bench/tutor_next_steps.py --postgres # on a throwaway PostgreSQL database

Builds a throwaway database (SQLite in a temp dir, or PostgreSQL sauat_bench_tutor_<random> on
127.0.0.1, dropped afterwards), migrates it, loads the demo courses, enrols one learner in every
course and applies 1,000 graded answers through tutor.actions.record_answers (about 30 % wrong, so
there are review cards and struggling skills). Then it measures, in the same process:

- ``compute``: the whole policy with its queries and the stored-recommendation look-up, without the
  per-learner cache (what the first request after an answer pays);
- ``served``: tutor.path.next_steps(learner, "kk") as pages call it (cached until the learner's
  state or the content changes, at most 5 minutes; local-memory cache here, Redis in production);
- ``api``: GET /api/v1/tutor/next-steps through Django's test client (auth, middleware, JSON).

Each is run 200 times after 20 warm-up calls; p50/p95 in ms are printed against the budget and
written to bench/results/tutor_next_steps.json.
"""

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_P95_MS = 20.0
RUNS, WARMUP, ANSWERS = 200, 20, 1000


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(fn, runs=RUNS, warmup=WARMUP):
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return {"p50_ms": round(statistics.median(samples), 2), "p95_ms": round(percentile(samples, 0.95), 2)}


def setup_learner():
    import random
    import uuid

    from accounts.models import User
    from courses.models import CoursePage, Enrollment
    from quizzes.models import Item
    from tutor.actions import record_answers

    user = User.objects.create_user(email="bench@example.kz", password=secrets.token_hex(8))
    for course in CoursePage.objects.live().filter(locale__language_code="kk"):
        Enrollment.objects.create(user=user, course_key=course.translation_key)
    items = [
        (item.pk, item.current_version.content["skills"])
        for item in Item.objects.published().graded().select_related("current_version")
        if item.current_version and item.current_version.content["skills"]
    ]
    rng = random.Random(2026)
    done = 0
    while done < ANSWERS:
        batch = [(pk, skills, rng.random() > 0.3) for pk, skills in rng.sample(items, min(10, len(items)))]
        batch = batch[: ANSWERS - done]
        record_answers(user, batch, attempt_id=uuid.uuid4(), source="course_quiz")
        done += len(batch)
    return user


def measure():
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.utils import timezone

    from tutor import path
    from tutor.models import Observation, ReviewCard

    call_command("migrate", verbosity=0)
    call_command("load_demo", "--no-users", verbosity=0)
    user = setup_learner()
    client = Client()
    client.force_login(user)
    steps = path.next_steps(user, "kk")
    response = client.get("/api/v1/tutor/next-steps?lang=kk")
    assert response.status_code == 200 and response.json(), response.content[:300]
    results = {
        "graded_answers": ANSWERS,
        "observations": Observation.objects.filter(user=user).count(),
        "review_cards": ReviewCard.objects.filter(user=user).count(),
        "steps": [s.rule for s in steps],
        "compute": timed(lambda: path._next_steps(user, "kk", timezone.now())),
        "served": timed(lambda: path.next_steps(user, "kk")),
        "api": timed(lambda: client.get("/api/v1/tutor/next-steps?lang=kk")),
        "budget_p95_ms": BUDGET_P95_MS,
        "database": os.environ.get("DATABASE_URL", "").split(":")[0],
    }
    results["ok"] = all(results[name]["p95_ms"] <= BUDGET_P95_MS for name in ("compute", "served", "api"))
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure()))
        return 0
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev", "DJANGO_DEBUG": "0"}
    env.pop("REDIS_URL", None)
    env["DJANGO_ALLOWED_HOSTS"] = "localhost,testserver"
    with tempfile.TemporaryDirectory() as tmp:
        database = None
        if args.postgres:
            database = f"sauat_bench_tutor_{secrets.token_hex(4)}"
            subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", database], check=True)
            env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{database}"
        else:
            env["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
        env["MEDIA_ROOT"] = f"{tmp}/media"
        try:
            out = subprocess.run(
                [sys.executable, __file__, "--child"], cwd=ROOT, env=env, capture_output=True, text=True, check=False
            )
        finally:
            if database:
                subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", database], check=False)
    if out.returncode != 0:
        print(out.stderr[-3000:], file=sys.stderr)
        return 2
    results = json.loads(out.stdout.strip().splitlines()[-1])
    for name in ("compute", "served", "api"):
        r = results[name]
        verdict = "ok" if r["p95_ms"] <= BUDGET_P95_MS else "OVER BUDGET"
        budget = f"(budget p95 <= {BUDGET_P95_MS} ms)"
        print(f"{name:8} p50 {r['p50_ms']:6.2f} ms  p95 {r['p95_ms']:6.2f} ms  {budget} {verdict}")
    cards = results["review_cards"]
    print(f"learner: {results['graded_answers']} answers, {cards} review cards, steps {results['steps']}")
    target = ROOT / "bench" / "results" / "tutor_next_steps.json"
    target.parent.mkdir(exist_ok=True)
    target.write_text(json.dumps(results, indent=2))
    return 0 if results["ok"] else 1


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
