"""Gains and item quality on 1,000,000 answers from 100,000 learners: cold <= 3 s, warm <= 300 ms, <= 1 GiB (issue 9).

    .venv/bin/python bench/analytics.py             # about 2-3 minutes; exit 1 if a budget fails
    .venv/bin/python bench/analytics.py --postgres  # on a throwaway PostgreSQL database
    .venv/bin/python bench/analytics.py --learners 10000   # smaller run

Builds a throwaway database (SQLite in a temp dir, or PostgreSQL sauat_bench_analytics_<random> on
127.0.0.1, dropped afterwards), migrates it, loads the demo, and BULK-INSERTS synthetic data into the
real tables (accounts.User, quizzes.Attempt, quizzes.Answer, universities.CohortMembership): a
five-question pre-test and post-test pair of the consumer-rights course, taken by every learner
(kk/ru/en; one question biased against Russian), i.e. 10 answers per learner. The measurements then
run in a fresh process, so its peak memory (resource.getrusage ru_maxrss) is the reports' own:

- ``cold``: gains_report(by="course") + gains_report(by="cohort") + item_quality_report(phase=None)
  with an empty cache: the SQL loads, the frames and all statistics;
- ``warm``: the same three calls again (served from the cache; each still asks the data version).

Budgets: cold <= 3 s, warm <= 300 ms, peak RSS <= 1 GiB. Written to bench/results/analytics.json.
"""

import argparse
import json
import os
import resource
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_COLD_S, BUDGET_WARM_MS, BUDGET_RSS_MIB = 3.0, 300.0, 1024.0
ITEMS_PER_TEST = 5


def setup(learners):
    import math
    import random
    import uuid

    from django.contrib.auth.hashers import make_password
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from accounts.models import User
    from courses.models import CoursePage
    from quizzes.grading import correct_response
    from quizzes.models import Answer, Assessment, AssessmentItem, Attempt, Item
    from universities.models import Cohort, CohortMembership, University

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("load_demo", "--no-users", verbosity=0)
    course = CoursePage.objects.get(locale__language_code="kk", slug="consumer-rights")
    singles = list(Item.objects.filter(key__startswith="cr-", kind="single").order_by("key")[: 2 * ITEMS_PER_TEST])
    tests = {}
    for kind, chosen in (("pre_test", singles[:ITEMS_PER_TEST]), ("post_test", singles[ITEMS_PER_TEST:])):
        assessment = Assessment(slug=f"bench-{kind}", kind=kind, course=course, is_published=True, title_kk=kind)
        assessment.certainty_marking = kind == "post_test"
        assessment.fixed_items = [AssessmentItem(item=item, sort_order=i) for i, item in enumerate(chosen)]
        assessment.save()
        tests[kind] = (assessment, chosen)
    university = University.objects.get(slug="kaznu")
    cohorts = [
        Cohort.objects.create(university=university, name=f"Bench {i}", join_code=f"BENCH{i:03d}") for i in range(20)
    ]
    rng = random.Random(9)
    password = make_password(None)
    now = timezone.now()
    languages = ["kk", "ru", "en"]
    biased = tests["post_test"][1][0].pk
    keys = {item.pk: correct_response(item.current_version.content)["choice"] for _a, chosen in tests.values()
            for item in chosen}  # fmt: skip
    wrong = {item.pk: next(o["key"] for o in item.current_version.content["options"] if not o["correct"])
             for _a, chosen in tests.values() for item in chosen}  # fmt: skip
    batch = 5000
    # Answers go in with one prepared INSERT; each item has only two possible responses, prepared once.
    meta = Answer._meta
    columns = ["attempt", "item", "version", "response", "confidence", "saved_at", "checked", "is_correct", "score"]
    quote = connection.ops.quote_name
    insert_answer = (
        f"INSERT INTO {quote(meta.db_table)} ({', '.join(quote(meta.get_field(c).column) for c in columns)}) "  # noqa: S608
        f"VALUES ({', '.join(['%s'] * len(columns))})"
    )
    id_field = Attempt._meta.get_field("id")
    response_field = meta.get_field("response")
    saved_at = meta.get_field("saved_at").get_db_prep_save(now, connection)
    responses = {
        (pk, ok): response_field.get_db_prep_save({"choice": keys[pk] if ok else wrong[pk]}, connection)
        for pk in keys
        for ok in (False, True)
    }
    for first in range(0, learners, batch):
        users = [
            User(email=f"bench-{n}@bench.sauat.test", password=password, preferred_language=languages[n % 3],
                 settlement_type=("urban", "rural")[n % 2])
            for n in range(first, min(first + batch, learners))
        ]  # fmt: skip
        User.objects.bulk_create(users, batch_size=batch)
        users = list(User.objects.filter(email__in=[u.email for u in users]).only("pk", "preferred_language"))
        CohortMembership.objects.bulk_create(
            [CohortMembership(cohort=cohorts[u.pk % len(cohorts)], user=u) for u in users], batch_size=batch
        )
        attempts, answers = [], []
        for user in users:
            ability = rng.gauss(0, 1)
            for kind, shift, days in (("pre_test", -0.5, 30), ("post_test", 0.8, 2)):
                assessment, chosen = tests[kind]
                attempt = Attempt(
                    id=uuid.uuid4(), assessment=assessment, user=user, language=user.preferred_language, seed=1,
                    layout=[{"v": i.current_version_id, "i": i.pk, "k": i.key, "t": "single"} for i in chosen],
                    state="submitted", started_at=now - timezone.timedelta(days=days),
                    submitted_at=now - timezone.timedelta(days=days), max_score=len(chosen),
                )  # fmt: skip
                attempt_key = id_field.get_db_prep_save(attempt.id, connection)
                score = 0
                for item in chosen:
                    logit = ability + shift - (1.5 if item.pk == biased and user.preferred_language == "ru" else 0)
                    ok = rng.random() < 1 / (1 + math.exp(-logit))
                    score += ok
                    confidence = rng.choice((1, 2, 3)) if kind == "post_test" else None
                    answers.append(
                        (attempt_key, item.pk, item.current_version_id, responses[item.pk, ok], confidence, saved_at,
                         False, ok, float(ok))
                    )  # fmt: skip
                attempt.score = float(score)
                attempt.percent = round(100 * score / len(chosen), 1)
                attempts.append(attempt)
        Attempt.objects.bulk_create(attempts, batch_size=batch)
        with connection.cursor() as cursor:  # 1M rows: plain executemany, not model instances
            cursor.executemany(insert_answer, answers)
    with connection.cursor() as cursor:  # planner statistics, as autovacuum would gather them after a bulk load
        cursor.execute("ANALYZE")
    return {
        "setup_s": round(time.perf_counter() - started, 1),
        "learners": User.objects.filter(email__endswith="@bench.sauat.test").count(),
        "answers": Answer.objects.filter(attempt__assessment__slug__startswith="bench-").count(),
        "answers_total": Answer.objects.count(),
        "attempts_total": Attempt.objects.count(),
    }


def measure():
    from django.core.cache import cache

    from analytics import reports

    def run():
        reports.gains_report(by="course")
        reports.gains_report(by="cohort")
        return reports.item_quality_report(phase=None)

    cache.clear()
    start = time.perf_counter()
    quality = run()
    cold = time.perf_counter() - start
    warm = []
    for _ in range(5):
        start = time.perf_counter()
        run()
        warm.append((time.perf_counter() - start) * 1000)
    bias = [row for row in quality["bias"] if row["flag"] == "C"]
    return {
        "cold_s": round(cold, 3),
        "warm_ms": round(sorted(warm)[len(warm) // 2], 1),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "flagged_items": [(row["item_key"], row["focal"], row["delta_mh"]) for row in bias],
        "database": os.environ.get("DATABASE_URL", "").split(":")[0],
    }


def child(step, learners):
    import django

    django.setup()
    return setup(learners) if step == "setup" else measure()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--learners", type=int, default=100_000)
    parser.add_argument("--child", choices=["setup", "measure"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.learners)))
        return 0
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev", "DJANGO_DEBUG": "0"}
    env.pop("REDIS_URL", None)  # local-memory cache: the warm figure is the reports' own cost
    results = {"learners_requested": args.learners}
    with tempfile.TemporaryDirectory() as tmp:
        database = None
        if args.postgres:
            database = f"sauat_bench_analytics_{secrets.token_hex(4)}"
            subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", database], check=True)
            env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{database}"
        else:
            env["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
        env["MEDIA_ROOT"] = f"{tmp}/media"
        try:
            for step in ("setup", "measure"):
                out = subprocess.run(
                    [sys.executable, __file__, "--child", step, "--learners", str(args.learners)],
                    cwd=ROOT,
                    env=env,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if out.returncode != 0:
                    print(out.stderr[-3000:], file=sys.stderr)
                    return 2
                results[step] = json.loads(out.stdout.strip().splitlines()[-1])
        finally:
            if database:
                subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", database], check=False)
    m = results["measure"]
    checks = {
        "cold": m["cold_s"] <= BUDGET_COLD_S,
        "warm": m["warm_ms"] <= BUDGET_WARM_MS,
        "memory": m["peak_rss_mib"] <= BUDGET_RSS_MIB,
    }
    results["ok"] = all(checks.values())
    s = results["setup"]
    print(f"data: {s['learners']} learners, {s['answers']} synthetic answers ({s['answers_total']} in all), "
          f"bulk-inserted in {s['setup_s']} s [{m['database']}]")  # fmt: skip
    print(f"cold  {m['cold_s']:.3f} s    (budget <= {BUDGET_COLD_S} s) {'ok' if checks['cold'] else 'OVER BUDGET'}")
    print(f"warm  {m['warm_ms']:.1f} ms  (budget <= {BUDGET_WARM_MS} ms) {'ok' if checks['warm'] else 'OVER BUDGET'}")
    print(
        f"peak  {m['peak_rss_mib']:.0f} MiB (budget <= {BUDGET_RSS_MIB:.0f} MiB) "
        f"{'ok' if checks['memory'] else 'OVER BUDGET'}"
    )
    print(f"class C items: {m['flagged_items']}")
    target = ROOT / "bench" / "results" / "analytics.json"
    target.parent.mkdir(exist_ok=True)
    target.write_text(json.dumps(results, indent=2))
    return 0 if results["ok"] else 1


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
