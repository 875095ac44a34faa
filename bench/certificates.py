#!/usr/bin/env python3
"""Certificate throughput and memory: issue (row + Ed25519-signed credential) and render the PDF/A-3b.

One run migrates a throwaway SQLite database in a temp dir (or uses DATABASE_URL), creates one course page
and 1,000 learners, then measures:

  one      1 process issues and renders 100 certificates (kk)
  bulk     2 processes issue and render 1,000 certificates (kk), split between them: the "bulk run"

For each: certificates per second (wall clock, first render included) and the peak RSS of every process.
Budget (issue 5; reference performance-security.md P10): bulk >= 20 certificates/s on 2 processes, and the
bulk run stays under 500 MB (sum of the peak RSS of the parent and both workers). Exit code 1 if it fails,
unless --no-fail. Results: bench/results/certificates.json. Every PDF is checked to start with %PDF.
Run: .venv/bin/python bench/certificates.py
"""

import argparse
import json
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_PER_SECOND, BUDGET_MB = 20, 500


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def setup_django(tmp):
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
    os.environ["MEDIA_ROOT"] = str(Path(tmp) / "media")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def make_data(count):
    from wagtail.models import Locale, Page

    from accounts.models import User
    from courses.models import CoursePage

    locale = Locale.objects.get_or_create(language_code="kk")[0]
    course = CoursePage(
        title="Тұтынушы құқықтары және оларды қалай қорғауға болады",
        slug="bench-course",
        summary="Bench",
        locale=locale,
    )
    Page.get_first_root_node().add_child(instance=course)
    course.save_revision().publish()
    User.objects.bulk_create(
        [User(email=f"bench{n}@example.kz", display_name=f"Әлия Құрманғазықызы {n}") for n in range(count)]
    )
    return str(course.translation_key), list(User.objects.order_by("pk").values_list("pk", flat=True))


def work(course_key, user_ids, queue):
    """Issue and render the certificates of ``user_ids``; report (count, seconds, peak MB)."""
    from django.db import connections

    connections.close_all()  # each process opens its own connection
    from accounts.models import User
    from certificates.actions import issue_certificate
    from certificates.pdf import render_certificate_pdf

    start = time.perf_counter()
    done = 0
    for user in User.objects.filter(pk__in=user_ids).order_by("pk").iterator():
        certificate, _created = issue_certificate(user, course_key)
        pdf = render_certificate_pdf(certificate, "kk")
        if not pdf.startswith(b"%PDF"):
            raise RuntimeError("not a PDF")
        done += 1
    queue.put((done, time.perf_counter() - start, peak_mb()))


def run(course_key, user_ids, processes):
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    chunks = [user_ids[i::processes] for i in range(processes)]
    start = time.perf_counter()
    workers = [context.Process(target=work, args=(course_key, chunk, queue)) for chunk in chunks]
    for worker in workers:
        worker.start()
    results = [queue.get() for _ in workers]
    for worker in workers:
        worker.join()
        if worker.exitcode:
            raise RuntimeError(f"worker failed ({worker.exitcode})")
    wall = time.perf_counter() - start
    done = sum(r[0] for r in results)
    return {
        "processes": processes,
        "certificates": done,
        "seconds": round(wall, 2),
        "per_second": round(done / wall, 1),
        "worker_peak_mb": [round(r[2], 1) for r in results],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--no-fail", action="store_true")
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "certificates.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sauat-bench-certs-") as tmp:
        setup_django(tmp)
        course_key, user_ids = make_data(args.count + 100)
        from django.db import connections

        connections.close_all()
        one = run(course_key, user_ids[:100], 1)
        bulk = run(course_key, user_ids[100 : 100 + args.count], 2)
        from certificates.models import Certificate

        issued = Certificate.objects.count()
    parent = round(peak_mb(), 1)
    bulk["total_peak_mb"] = round(parent + sum(bulk["worker_peak_mb"]), 1)
    result = {
        "one_process": one,
        "bulk": bulk,
        "parent_peak_mb": parent,
        "speedup_2_vs_1": round(bulk["per_second"] / one["per_second"], 2),
        "issued_rows": issued,
        "budget": {"per_second": BUDGET_PER_SECOND, "peak_mb": BUDGET_MB},
        "cpus": os.cpu_count(),
        "load_avg_before_end": os.getloadavg()[0],
    }
    ok = bulk["per_second"] >= BUDGET_PER_SECOND and bulk["total_peak_mb"] < BUDGET_MB and issued == args.count + 100
    result["ok"] = ok
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))
    print(
        f"bulk: {bulk['per_second']} certificates/s on 2 processes (budget >= {BUDGET_PER_SECOND}), "
        f"{one['per_second']}/s on 1 (x{result['speedup_2_vs_1']}); peak memory {bulk['total_peak_mb']} MB "
        f"(budget < {BUDGET_MB}): {'OK' if ok else 'FAIL'}"
    )
    if not ok and not args.no_fail:
        sys.exit(1)


if __name__ == "__main__":
    main()
