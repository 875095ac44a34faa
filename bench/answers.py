#!/usr/bin/env python3
"""Quiz answer autosave throughput against PostgreSQL, as a ratio to a trivial view, then a lost-write audit.

One run creates a throwaway PostgreSQL database (``sauat_bench_<random>`` on 127.0.0.1:5432), migrates
it, creates 32 learners with API tokens and one open attempt each on a 20-question quiz, starts
gunicorn (sync, 2 workers, persistent connections), and measures:

  B        GET /healthz on the same server
  save     PUT /api/v1/attempts/<id>/answers/<key> at concurrency 32, each thread one learner cycling
           through its questions and alternating its choice

Afterwards every (attempt, question) row is read back: the stored choice must equal the last choice the
server acknowledged with 200 for it ("lost" otherwise), and there must be exactly one row per answered
question. Budget (issue 3; reference performance-security.md P6): >= 500 saves/s, p99 <= 150 ms, 0 errors,
0 lost. Exit code 1 if it fails, unless --no-fail. Results: bench/results/answers.json.
Run: .venv/bin/python bench/answers.py
"""

import argparse
import json
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import HOST, ROOT, Server, base_env, log, manage, project_python, python_load

PG = "postgres://postgres@127.0.0.1:5432"
BUDGET_RPS, BUDGET_P99_MS = 500, 150
LEARNERS, QUESTIONS = 32, 20

SETUP = """
import json
from wagtail.models import APIToken
from accounts.models import User
from quizzes import actions
from quizzes.models import Assessment, AssessmentItem, Item, Option

items = []
for n in range({questions}):
    item = Item(key=f"bench-{{n}}", kind="single", status="published", stem_kk=f"Сұрақ {{n}}")
    item.options = [Option(text_kk="иә", is_correct=True, sort_order=0), Option(text_kk="жоқ", sort_order=1)]
    item.save()
    items.append(item)
quiz = Assessment(slug="bench", kind="course_quiz", is_published=True, title_kk="Bench")
quiz.fixed_items = [AssessmentItem(item=item, sort_order=i) for i, item in enumerate(items)]
quiz.save()
learners = []
for n in range({learners}):
    user = User.objects.create_user(email=f"bench{{n}}@example.kz", password="bench-password-2026")
    _token, raw = APIToken.create_token(user=user, name="bench")
    attempt = actions.start_attempt(user, quiz, "kk")
    questions = [[e["k"], e["options"]] for e in attempt.layout]
    learners.append({{"token": raw, "attempt": str(attempt.pk), "questions": questions}})
print("BENCHSETUP" + json.dumps(learners))
"""

AUDIT = """
import json
from quizzes.models import Answer
rows = [[str(a), k, r["choice"]] for a, k, r in Answer.objects.values_list("attempt_id", "item__key", "response")]
print("BENCHAUDIT" + json.dumps(rows))
"""


def shell(python, env, code, marker):
    proc = subprocess.run(
        [python, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-3000:] + proc.stderr[-3000:])
        raise RuntimeError("manage.py shell failed")
    line = next(line for line in proc.stdout.splitlines() if line.startswith(marker))
    return json.loads(line[len(marker) :])


def psql(*sql):
    for statement in sql:
        subprocess.run(
            ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-q", "-c", statement],
            check=True,
            capture_output=True,
        )


def save_request(port, learner, question, choice):
    body = json.dumps({"response": {"choice": choice}}).encode()
    path = f"/api/v1/attempts/{learner['attempt']}/answers/{question}"
    head = (
        f"PUT {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nUser-Agent: sauat-bench\r\nConnection: close\r\n"
        f"Authorization: Bearer {learner['token']}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def audit(learners, acked, stored):
    """Compare the last acknowledged choice per (attempt, question) with what the database holds."""
    expected = {}
    for number, tags in enumerate(acked):
        for question, choice in tags:
            expected[(learners[number]["attempt"], question)] = choice
    rows = {}
    duplicates = 0
    for attempt, question, choice in stored:
        duplicates += (attempt, question) in rows
        rows[(attempt, question)] = choice
    lost = sum(1 for key, choice in expected.items() if rows.get(key) != choice)
    return {"acknowledged_keys": len(expected), "rows": len(stored), "lost": lost, "duplicate_rows": duplicates}


def run(args, tmp):
    python = project_python(args.python)
    database = f"sauat_bench_{secrets.token_hex(4)}"
    env = dict(base_env(tmp), DATABASE_URL=f"{PG}/{database}", DATABASE_CONN_MAX_AGE="60")
    psql(f'CREATE DATABASE "{database}"')
    server = None
    try:
        manage(python, env, "migrate", "--noinput", "-v", "0")
        learners = shell(python, env, SETUP.format(questions=QUESTIONS, learners=args.concurrency), "BENCHSETUP")
        server = Server("answers", python, env, tmp, args.workers).start()
        port = server.port

        def make_request(number, sequence):
            learner = learners[number]
            question, options = learner["questions"][sequence % len(learner["questions"])]
            choice = options[(sequence // len(learner["questions"])) % len(options)]
            return save_request(port, learner, question, choice), (question, choice)

        python_load(port, "/healthz", args.warmup, 8)
        baseline = python_load(port, "/healthz", args.duration, 8)
        log(f"B     {baseline['rps']:8.0f} req/s  p99 {baseline['p99_ms']:.1f} ms")
        saves = python_load(port, "", args.duration, args.concurrency, make_request=make_request)
        log(f"save  {saves['rps']:8.0f} req/s  p50 {saves['p50_ms']:.1f} ms  p99 {saves['p99_ms']:.1f} ms")
        server.stop()
        stored = shell(python, env, AUDIT, "BENCHAUDIT")
        found = audit(learners, saves["acked"], stored)
    finally:
        if server is not None:
            server.stop()
        if not args.keep_db:
            psql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    for result in (baseline, saves):
        result.pop("acked", None)
    ratio = saves["rps"] / baseline["rps"] if baseline["rps"] else 0.0
    ok = (
        saves["rps"] >= BUDGET_RPS
        and (saves["p99_ms"] or 1e9) <= BUDGET_P99_MS
        and saves["errors"] == 0
        and found["lost"] == 0
        and found["duplicate_rows"] == 0
    )
    return {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "workers": args.workers,
        "concurrency": args.concurrency,
        "duration_s": args.duration,
        "B": baseline,
        "save": saves,
        "ratio_to_B": round(ratio, 3),
        "audit": found,
        "budget": {"rps": BUDGET_RPS, "p99_ms": BUDGET_P99_MS, "errors": 0, "lost": 0},
        "passed": ok,
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=float, default=10)
    parser.add_argument("--warmup", type=float, default=2)
    parser.add_argument("--concurrency", type=int, default=LEARNERS)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--python")
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "answers.json"))
    parser.add_argument("--keep-db", action="store_true")
    parser.add_argument("--no-fail", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="sauat-bench-") as tmp:
        result = run(args, Path(tmp))
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(result, indent=2))
    save, audit_result = result["save"], result["audit"]
    print(
        f"\nB {result['B']['rps']:.0f} req/s | saves {save['rps']:.0f}/s = {result['ratio_to_B']:.3f} B, "
        f"p50 {save['p50_ms']:.1f} ms, p99 {save['p99_ms']:.1f} ms, errors {save['errors']} | "
        f"rows {audit_result['rows']}, lost {audit_result['lost']}, duplicates {audit_result['duplicate_rows']} | "
        f"budget >= {BUDGET_RPS}/s, p99 <= {BUDGET_P99_MS} ms: {'PASS' if result['passed'] else 'FAIL'}"
    )
    return 0 if result["passed"] or args.no_fail else 1


if __name__ == "__main__":
    sys.exit(main())
