"""Research Data Package of 100,000 respondents x 30 survey items: build <= 60 s, peak <= 2 GiB (issue 10).

    .venv/bin/python bench/research_export.py                      # SQLite; exit 1 if a budget fails
    .venv/bin/python bench/research_export.py --postgres           # on a throwaway PostgreSQL database
    .venv/bin/python bench/research_export.py --respondents 2000   # smaller run
    .venv/bin/python bench/research_export.py --keep --profile     # keep the data, profile the build

Builds a throwaway database (SQLite in a temp dir, or PostgreSQL sauat_bench_research_<random> on
127.0.0.1, dropped afterwards), migrates it, loads the demo (``load_demo --no-users``), and BULK-INSERTS
synthetic data into the real tables: respondents (accounts.User with language, age group, gender and
type of place), ~20 cohorts of the demo universities, an identified 30-question survey (choice, Likert,
multiple choice and number questions in kk/ru/en, one of them a demographic question) with one
submitted attempt per respondent (the layout built once by quizzes.selection.build_layout) and its
answers (about 3 % of the questions skipped, some "don't know" / "prefer not to say"), an approved
research project with the survey, consent text version 1 and the consent decisions (about 95 % agree,
about 2 % of the respondents withdraw later, the rest never decide). Users, attempts and consents go in
with bulk_create, the 3,000,000 answers with one prepared INSERT (executemany) per batch.
--distinct-layouts gives every attempt its own layout text (only the unused "matches" order differs), as
new seeds do in production; --database-url measures a database kept earlier with --keep.

The measurement then runs in a fresh process, so its peak memory (resource.getrusage ru_maxrss of the
process plus that of its largest child, the forked SPSS/Stata writer) is the export's own; the PSS of
the process tree (copy-on-write pages counted once) is sampled beside it:

- ``build``: analytics.research.build_package(project, spec, on_progress) end to end, with the time
  between consecutive progress steps, the memory (VmRSS / VmHWM) at each step and the time in gc;
- ``baseline``: one plain cursor read of the export's answer rows (quizzes_answer joined to the
  survey's attempts), streamed with fetchmany, after the build; the build is also given as a ratio to it.

The package is checked: participants = consented people - people suppressed for k-anonymity, about 93 %
of the respondents; the zip opens and holds data/responses_long.csv with one line per response.
Budgets: build <= 60 s, peak RSS <= 2 GiB. Written to bench/results/research_export.json; --profile
adds a cProfile run of the build in a third fresh process, with RSS sampled per source line
(bench/results/research_export_profile.txt next to --output).
"""

import argparse
import gc
import hashlib
import json
import os
import resource
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_BUILD_S, BUDGET_RSS_MIB = 60.0, 2048.0
SURVEY_SLUG = "bench-research-survey"
PROJECT_TITLE = "Bench: legal literacy and AI (synthetic)"
EMAIL_DOMAIN = "rx.bench.sauat.test"
CONSENTING, WITHDRAWING, SKIPPED, IN_COHORT = 0.95, 0.02, 0.03, 0.97
COHORTS = {"kaznu": 12, "enu": 8}
LANGUAGES = ["kk", "ru", "en"]
#: The kinds of questions 2..N, in turn (question 1 is the demographic one).
KIND_CYCLE = ["likert", "choice", "likert", "multichoice", "likert", "number", "likert", "choice", "likert", "likert"]
AGREE = [
    ("Мүлдем келіспеймін", "Совершенно не согласен(-на)", "Strongly disagree"),
    ("Келіспеймін", "Не согласен(-на)", "Disagree"),
    ("Келісемін де, келіспеймін де", "Ни согласен(-на), ни не согласен(-на)", "Neither agree nor disagree"),
    ("Келісемін", "Согласен(-на)", "Agree"),
    ("Толық келісемін", "Полностью согласен(-на)", "Strongly agree"),
]
FREQUENCY = [
    ("Күн сайын", "Ежедневно", "Daily"),
    ("Апта сайын", "Еженедельно", "Weekly"),
    ("Айына бір-екі рет", "Раз-два в месяц", "Once or twice a month"),
    ("Сирек", "Редко", "Rarely"),
    ("Ешқашан", "Никогда", "Never"),
]
CHANNELS = [
    ("Чат-көмекшілер", "Чат-помощники", "Chat assistants"),
    ("Аударма қызметтері", "Сервисы перевода", "Translation services"),
    ("Банк қосымшалары", "Банковские приложения", "Banking apps"),
    ("eGov порталы", "Портал eGov", "The eGov portal"),
    ("Басқа", "Другое", "Other"),
]
PLACE = [
    ("Астана, Алматы немесе Шымкент", "Астана, Алматы или Шымкент", "Astana, Almaty or Shymkent"),
    ("Облыс орталығы", "Областной центр", "A regional centre"),
    ("Шағын қала", "Малый город", "A small town"),
    ("Ауыл", "Село", "A village"),
]
AGE_WEIGHTS = {"": 8, "under-18": 2, "18-24": 52, "25-34": 20, "35-44": 9, "45-54": 5, "55-64": 3, "65-plus": 1}
GENDER_WEIGHTS = {"": 6, "female": 52, "male": 41, "other": 1}


def _rss():
    """(VmRSS, VmHWM) of this process in MiB, from /proc (0, 0 where there is no /proc)."""
    try:
        fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    except OSError:
        return 0.0, 0.0
    return tuple(round(int(fields[name].split()[0]) / 1024, 1) for name in ("VmRSS", "VmHWM"))


def _peak_mib():
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(own, 1), round(children, 1)


def _survey_items(count):
    """Item definitions: (key, kind, variable, options [(kk, ru, en)], extra fields)."""
    rows = [("bench-rx-01", "choice", "q_rx01", PLACE, {"identifying": True, "allow_prefer_not": True})]
    for n in range(2, count + 1):
        kind = KIND_CYCLE[(n - 2) % len(KIND_CYCLE)]
        extra = {"allow_dont_know": n % 3 == 0}
        options = {"likert": AGREE, "choice": FREQUENCY, "multichoice": CHANNELS, "number": ()}[kind]
        if kind == "number":
            extra = {"min_value": 0, "max_value": 40}
        rows.append((f"bench-rx-{n:02d}", kind, f"q_rx{n:02d}", options, extra))
    return rows


def _reseeded(layout, rng):
    """The layout build_layout gives another seed when neither questions nor options are shuffled: only the
    (unused) order of each question's "matches" differs, so every attempt's layout text is different."""
    return [{**entry, "matches": rng.sample(entry["matches"], len(entry["matches"]))} for entry in layout]


def setup(respondents, items, distinct_layouts=False):
    import random
    import uuid
    from datetime import timedelta

    from django.contrib.auth.hashers import make_password
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone

    from accounts.models import User
    from quizzes.grading import validate_response
    from quizzes.models import Answer, Assessment, AssessmentItem, Attempt, Item, ItemVersion, Option
    from quizzes.selection import build_layout
    from research.models import ConsentText, ResearchConsent, ResearchProject
    from research.models.projects import DUA_VERSION
    from universities.models import Cohort, CohortMembership, University

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("load_demo", "--no-users", verbosity=0)
    demo_s = time.perf_counter() - started
    if connection.vendor == "sqlite":  # this connection only: a 1 GiB page cache for the bulk load
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size = -1048576")

    # The survey: new items with options in kk/ru/en (saving an item freezes version 1).
    bank = []
    for key, kind, variable, options, extra in _survey_items(items):
        n = int(key.rsplit("-", 1)[1])
        item = Item(
            key=key,
            kind=kind,
            status=Item.Status.PUBLISHED,
            variable=variable,
            stem_kk=f"{n}-сұрақ: заң мен жасанды интеллект туралы пікіріңіз",
            stem_ru=f"Вопрос {n}: ваше мнение о праве и искусственном интеллекте",
            stem_en=f"Question {n}: your view on law and artificial intelligence",
            **extra,
        )
        item.options = [
            Option(sort_order=i, text_kk=kk, text_ru=ru, text_en=en) for i, (kk, ru, en) in enumerate(options)
        ]
        item.save()
        bank.append(item)
    survey = Assessment(
        slug=SURVEY_SLUG,
        kind=Assessment.Kind.SURVEY,
        is_published=True,
        anonymous=False,
        shuffle_options=False,
        title_kk="Құқықтық сауаттылық және ЖИ (бенчмарк)",
        title_ru="Правовая грамотность и ИИ (бенчмарк)",
        title_en="Legal literacy and AI (benchmark)",
        consent_kk="Зерттеуге келісемін.",
        consent_ru="Согласен(-на) на исследование.",
        consent_en="I agree to the research.",
    )
    survey.fixed_items = [AssessmentItem(item=item, sort_order=i) for i, item in enumerate(bank)]
    survey.save()
    seed = 20261207
    layout = build_layout(survey, seed)  # once, reused by every attempt (shuffle_options is off)
    contents = ItemVersion.objects.in_bulk([entry["v"] for entry in layout])
    questions = []
    for entry in layout:
        content = contents[entry["v"]].content
        questions.append((entry["i"], entry["v"], content, [option["key"] for option in content["options"]]))

    universities = {u.slug: u for u in University.objects.filter(slug__in=COHORTS)}
    cohorts = [
        Cohort.objects.create(
            university=universities[slug], name=f"Research bench {slug} {i + 1}", join_code=f"RXB{slug[:2]}{i:02d}"
        )
        for slug, count in COHORTS.items()
        for i in range(count)
    ]
    now = timezone.now()
    project = ResearchProject.objects.create(
        title=PROJECT_TITLE,
        investigator_name="Dr. Bench Researcher",
        institution="KazNU",
        purpose="Benchmark of the research export (synthetic respondents).",
        ethics_reference="BENCH LEC No. 1",
        ends_on=timezone.localdate() + timedelta(days=180),
        status=ResearchProject.Status.APPROVED,
        dua_version=DUA_VERSION,
        dua_accepted_at=now - timedelta(days=70),
        reviewed_at=now - timedelta(days=65),
    )
    project.instruments.set([survey])
    ConsentText.objects.create(
        project=project, version=1, text_kk="Зерттеуге келісемін.", text_ru="Согласен(-на).", text_en="I agree."
    )

    # Answers go in with one prepared INSERT per batch; every distinct response is validated, serialised
    # and adapted once (quizzes.grading.validate_response: the shapes the API stores).
    meta = Answer._meta
    columns = ["attempt", "item", "version", "response", "confidence", "saved_at", "checked", "is_correct", "score"]
    quote = connection.ops.quote_name
    insert_answer = (
        f"INSERT INTO {quote(meta.db_table)} ({', '.join(quote(meta.get_field(c).column) for c in columns)}) "  # noqa: S608
        f"VALUES ({', '.join(['%s'] * len(columns))})"
    )
    id_field, saved_field, response_field = (
        Attempt._meta.get_field("id"),
        meta.get_field("saved_at"),
        meta.get_field("response"),
    )
    prepared = {}

    def response(q, shape, value):
        key = (q, shape, value)
        if key not in prepared:
            content, keys = questions[q][2], questions[q][3]
            if shape == "choice":
                value = keys[value]
            elif shape == "choices":
                value = [keys[i] for i in value]
            prepared[key] = response_field.get_db_prep_save(validate_response(content, {shape: value}), connection)
        return prepared[key]

    rng = random.Random(10)
    password = make_password(None)
    ages, age_w = list(AGE_WEIGHTS), list(AGE_WEIGHTS.values())
    genders, gender_w = list(GENDER_WEIGHTS), list(GENDER_WEIGHTS.values())
    place_by_settlement = {"urban": [45, 35, 20, 0], "rural": [0, 5, 25, 70], "": [25, 25, 25, 25]}
    timings = {"users": 0.0, "generate": 0.0, "attempts": 0.0, "answers": 0.0, "consents": 0.0}
    batch = 5000
    n_answers = n_consents = 0
    for first in range(0, respondents, batch):
        mark = time.perf_counter()
        users = [
            User(
                email=f"r{n}@{EMAIL_DOMAIN}",
                password=password,
                preferred_language=rng.choices(LANGUAGES, [50, 40, 10])[0],
                age_band=rng.choices(ages, age_w)[0],
                gender=rng.choices(genders, gender_w)[0],
                settlement_type=rng.choices(["urban", "rural", ""], [62, 33, 5])[0],
            )
            for n in range(first, min(first + batch, respondents))
        ]
        with transaction.atomic():
            User.objects.bulk_create(users, batch_size=batch)
            users = list(
                User.objects.filter(email__in=[u.email for u in users])
                .order_by("pk")
                .only("pk", "preferred_language", "settlement_type")
            )
            CohortMembership.objects.bulk_create(
                [CohortMembership(cohort=rng.choice(cohorts), user=u) for u in users if rng.random() < IN_COHORT],
                batch_size=batch,
            )
        timings["users"] += time.perf_counter() - mark
        mark = time.perf_counter()
        attempts, answers, consents = [], [], []
        for user in users:
            submitted = now - timedelta(days=rng.uniform(0.5, 56.0))
            attempt = Attempt(
                id=uuid.uuid4(),
                assessment=survey,
                user=user,
                language=user.preferred_language,
                seed=seed,
                layout=layout if not distinct_layouts else _reseeded(layout, rng),
                state=Attempt.State.SUBMITTED,
                started_at=submitted - timedelta(seconds=rng.randint(240, 1500)),
                submitted_at=submitted,
                score=0.0,
                max_score=0.0,
                consent_version=survey.consent_version,
            )
            attempts.append(attempt)
            attempt_key = id_field.get_db_prep_save(attempt.id, connection)
            saved_at = saved_field.get_db_prep_save(submitted, connection)
            attitude = rng.gauss(0.0, 1.0)
            for q, (item_id, version_id, content, keys) in enumerate(questions):
                if q and rng.random() < SKIPPED:
                    continue  # seen but unanswered: no Answer row
                survey_settings, kind = content["survey"], content["kind"]
                if survey_settings.get("allow_dont_know") and rng.random() < 0.04:
                    value = response(q, "special", "dont_know")
                elif survey_settings.get("allow_prefer_not") and rng.random() < 0.03:
                    value = response(q, "special", "prefer_not")
                elif q == 0:  # the demographic question follows the profile
                    weights = place_by_settlement[user.settlement_type]
                    value = response(q, "choice", rng.choices(range(len(keys)), weights)[0])
                elif kind == "likert":
                    latent = attitude * (0.5 + (q % 4) * 0.15) + rng.gauss(0.0, 0.9)
                    value = response(q, "choice", sum(latent > cut for cut in (-1.3, -0.45, 0.15, 1.0)))
                elif kind == "choice":
                    value = response(q, "choice", min(len(keys) - 1, max(0, round(2 - attitude + rng.gauss(0, 1)))))
                elif kind == "multichoice":
                    value = response(
                        q,
                        "choices",
                        tuple(i for i in range(len(keys)) if rng.random() < (0.6, 0.5, 0.35, 0.25, 0.05)[i % 5]),
                    )
                else:  # number
                    value = response(q, "number", min(40, max(0, int(rng.expovariate(0.25)))))
                answers.append((attempt_key, item_id, version_id, value, None, saved_at, False, None, None))
            if rng.random() < CONSENTING:  # agreed around answering; a few say "no" later (a newer row)
                agreed = submitted - timedelta(days=rng.uniform(0.0, 3.0))
                decisions = [(True, agreed)]
                if rng.random() < WITHDRAWING / CONSENTING:
                    decisions.append((False, min(now, agreed + timedelta(days=rng.uniform(1.0, 20.0)))))
                language = user.preferred_language
                consents += [
                    ResearchConsent(
                        project=project, user=user, text_version=1, granted=yes, language=language, recorded_at=at
                    )
                    for yes, at in decisions
                ]
        timings["generate"] += time.perf_counter() - mark
        with transaction.atomic():
            mark = time.perf_counter()
            Attempt.objects.bulk_create(attempts, batch_size=1000)
            timings["attempts"] += time.perf_counter() - mark
            mark = time.perf_counter()
            with connection.cursor() as cursor:  # 30 rows per respondent: plain executemany, not model instances
                cursor.executemany(insert_answer, answers)
            timings["answers"] += time.perf_counter() - mark
            mark = time.perf_counter()
            ResearchConsent.objects.bulk_create(consents, batch_size=batch)
            timings["consents"] += time.perf_counter() - mark
        n_answers += len(answers)
        n_consents += len(consents)
    mark = time.perf_counter()
    with connection.cursor() as cursor:  # planner statistics, as autovacuum would gather them after a bulk load
        cursor.execute("ANALYZE")
    timings["analyze"] = time.perf_counter() - mark
    return {
        "setup_s": round(time.perf_counter() - started, 1),
        "migrate_and_demo_s": round(demo_s, 1),
        "bulk_s": {name: round(value, 1) for name, value in timings.items()},
        "respondents": respondents,
        "items": len(questions),
        "answers": n_answers,
        "consent_rows": n_consents,
        "distinct_responses": len(prepared),
        "answers_total": Answer.objects.count(),
        "database": connection.vendor,
    }


def _expected():
    """Respondents of the survey and how many of them hold the project's consent now (plain SQL counts)."""
    from quizzes.models import Assessment, Attempt
    from research.models import ResearchProject

    project = ResearchProject.objects.get(title=PROJECT_TITLE)
    survey = Assessment.objects.get(slug=SURVEY_SLUG)
    respondents = Attempt.objects.submitted().filter(assessment=survey, user__isnull=False).count()
    consented = Attempt.objects.submitted().filter(assessment=survey, user_id__in=project.consented_user_ids()).count()
    return project, survey, respondents, consented


def baseline(survey):
    """One plain cursor read of the export's answer rows, streamed (the rows are not kept): (seconds, rows)."""
    from django.db import connection

    from quizzes.models import Answer, Attempt

    quote = connection.ops.quote_name
    answers, attempts = quote(Answer._meta.db_table), quote(Attempt._meta.db_table)
    sql = (
        f"SELECT a.attempt_id, a.item_id, a.response FROM {answers} a "  # noqa: S608 - table names only
        f"JOIN {attempts} t ON t.id = a.attempt_id WHERE t.assessment_id = %s AND t.state = %s"
    )
    start = time.perf_counter()
    rows = 0
    with connection.cursor() as cursor:
        cursor.execute(sql, [survey.pk, Attempt.State.SUBMITTED])
        while chunk := cursor.fetchmany(20000):
            rows += len(chunk)
    return time.perf_counter() - start, rows


def measure():
    import io
    import zipfile

    from analytics.research import build_package

    project, survey, respondents, consented = _expected()
    spec = {"instruments": [survey.pk], "items": [], "free_text": False, "excel_csv": False}
    rss_before = _rss()[0]
    children_before = _peak_mib()[1]  # library look-ups at import (ctypes.util.find_library), not the export
    marks, collections = [], {"s": 0.0, "full": 0, "all": 0}
    gc_started = [0.0]

    def on_progress(percent, step):
        marks.append((time.perf_counter(), str(step), *_rss()))

    def on_gc(phase, info):  # time in Python's cyclic garbage collector, which the profile spreads over callers
        if phase == "start":
            gc_started[0] = time.perf_counter()
        else:
            collections["s"] += time.perf_counter() - gc_started[0]
            collections["all"] += 1
            collections["full"] += info["generation"] == 2

    tree = TreeMemory()
    tree.start()
    gc.callbacks.append(on_gc)
    start = time.perf_counter()
    package = build_package(project, spec, on_progress=on_progress)
    end = time.perf_counter()
    gc.callbacks.remove(on_gc)
    tree.done.set()
    tree.join()
    own, children = _peak_mib()
    children = children if children > children_before else 0.0  # no larger child started during the build
    marks.append((end, "(end)", *_rss()))
    steps = [{"step": "(before the first step)", "s": round(marks[0][0] - start, 3)}]
    for (at, step, _rss_start, _hwm_start), (until, _next, rss, hwm) in zip(marks, marks[1:], strict=False):
        steps.append({"step": step, "s": round(until - at, 3), "rss_end_mib": rss, "peak_so_far_mib": hwm})
    timings = [baseline(survey) for _ in range(2)]
    base_s, base_rows = min(timings)
    # The package is a file (Package.path) in the current code, bytes (Package.data) in the first version.
    zip_source = getattr(package, "path", None) or io.BytesIO(package.data)
    zip_size = package.size if hasattr(package, "size") else len(package.data)
    with zipfile.ZipFile(zip_source) as archive:
        members = archive.infolist()
        names = [member.filename for member in members]
        has_long = "data/responses_long.csv" in names
        long_lines = 0
        if has_long:
            with archive.open("data/responses_long.csv") as handle:
                while block := handle.read(2**20):
                    long_lines += block.count(b"\n")
        privacy = json.loads(archive.read("privacy_report.json"))
        bad = archive.testzip()
    counts = package.counts
    return {
        "build_s": round(end - start, 3),
        "steps": steps,
        "peak_rss_mib": round(own + children, 1),
        "peak_rss_self_mib": own,
        "peak_rss_children_mib": children,
        "children_at_import_mib": children_before,
        "rss_before_mib": rss_before,
        "gc_s": round(collections["s"], 2),
        "gc_collections": collections["all"],
        "gc_full_collections": collections["full"],
        "tree_peak_pss_mib": round(tree.pss, 1),
        "tree_peak_rss_sum_mib": round(tree.rss, 1),
        "most_children_at_once": tree.most_children,
        "zip_mib": round(zip_size / 2**20, 2),
        "unzipped_mib": round(sum(member.file_size for member in members) / 2**20, 1),
        "largest_files_mib": {
            member.filename: round(member.file_size / 2**20, 2)
            for member in sorted(members, key=lambda member: -member.file_size)[:6]
        },
        "code": _code_fingerprint(),
        "baseline_s": round(base_s, 3),
        "baseline_runs_s": [round(t, 3) for t, _rows in timings],
        "baseline_rows": base_rows,
        "ratio": round((end - start) / base_s, 1) if base_s else None,
        "counts": counts,
        "respondents": respondents,
        "consented": consented,
        "participants_share": round(counts["participants"] / respondents, 4) if respondents else None,
        "anonymity": privacy.get("anonymity"),
        "consent": privacy.get("consent"),
        "zip_files": len(names),
        "zip_ok": bad is None,
        "responses_long_csv": has_long,
        "responses_long_rows": max(0, long_lines - 1),
        "database": os.environ.get("DATABASE_URL", "").split(":")[0],
    }


def _descendants(pid):
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                todo += [int(child) for child in (task / "children").read_text().split()]
            except OSError:
                continue
        if current != pid:
            found.append(current)
    return found


def _pss_rss_mib(pid):
    try:
        fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:])
    except (OSError, ValueError):
        return 0.0, 0.0
    return int(fields["Pss"].split()[0]) / 1024, int(fields["Rss"].split()[0]) / 1024


class TreeMemory(threading.Thread):
    """Every ``interval`` s: the memory of this process and all its children together (the SPSS/Stata
    writer is a forked child), as PSS (pages shared copy-on-write counted once) and as the plain RSS sum."""

    def __init__(self, interval=0.25):
        super().__init__(daemon=True)
        self.interval, self.done = interval, threading.Event()
        self.pss = self.rss = 0.0
        self.most_children = 0

    def run(self):
        pid = os.getpid()
        while not self.done.wait(self.interval):
            pids = [pid, *_descendants(pid)]
            sizes = [_pss_rss_mib(p) for p in pids]
            self.pss = max(self.pss, sum(pss for pss, _rss in sizes))
            self.rss = max(self.rss, sum(rss for _pss, rss in sizes))
            self.most_children = max(self.most_children, len(pids) - 1)


class MemorySampler(threading.Thread):
    """Every ``interval`` s: VmRSS and the line of the project's own code the main thread is in. RSS growth
    summed per line is a rough map of where the memory goes (tracemalloc is far too slow at this size)."""

    def __init__(self, interval=0.2):
        super().__init__(daemon=True)
        self.interval, self.main = interval, threading.main_thread().ident
        self.growth, self.peak, self.done = {}, (0.0, ""), threading.Event()

    def where(self):
        frame = sys._current_frames().get(self.main)
        while frame is not None:
            name = frame.f_code.co_filename
            if name.startswith(str(ROOT)) and "/.venv/" not in name and "/bench/" not in name:
                return f"{_short(name)}:{frame.f_lineno} ({frame.f_code.co_name})"
            frame = frame.f_back
        return "(outside the project's code)"

    def run(self):
        last = _rss()[0]
        while not self.done.wait(self.interval):
            where, rss = self.where(), _rss()[0]
            if rss > last:
                self.growth[where] = self.growth.get(where, 0.0) + rss - last
            if rss > self.peak[0]:
                self.peak = (rss, where)
            last = rss

    def summary(self, top=12):
        rows = sorted(self.growth.items(), key=lambda kv: -kv[1])[:top]
        return {
            "peak_mib": self.peak[0],
            "peak_at": self.peak[1],
            "rss_growth_mib_by_line": [{"where": where, "mib": round(mib)} for where, mib in rows],
        }


def _code_fingerprint():
    """Which export code was measured: the commit and a hash of the working tree's analytics/research."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "analytics" / "research").glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    head = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return {"commit": head.stdout.strip(), "analytics_research_sha256": digest.hexdigest()[:16]}


def profile(target):
    """The build under cProfile: the stats file and a text summary (cumulative and own time)."""
    import cProfile
    import io
    import multiprocessing
    import pstats

    from analytics.research import build_package

    # The SPSS and Stata files are written by a forked child, which cProfile does not see: here they are
    # written in this process (the fallback where fork is missing), so their cost shows in the profile.
    multiprocessing.get_all_start_methods = lambda: ["spawn"]
    project, survey, _respondents, _consented = _expected()
    spec = {"instruments": [survey.pk], "items": [], "free_text": False, "excel_csv": False}
    profiler, sampler = cProfile.Profile(), MemorySampler()
    sampler.start()
    start = time.perf_counter()
    profiler.enable()
    build_package(project, spec)
    profiler.disable()
    elapsed = time.perf_counter() - start
    sampler.done.set()
    sampler.join()
    memory = sampler.summary()
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    profiler.dump_stats(target.with_suffix(".prof"))
    out = io.StringIO()
    out.write(
        f"build_package under cProfile: {elapsed:.1f} s (profiling overhead included; SPSS and Stata files "
        "written in this process, not in the forked child)\n\n"
    )
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(30)
    out.write(f"RSS peak {memory['peak_mib']:.0f} MiB, at {memory['peak_at']}\nRSS growth by line (sampled):\n")
    out.writelines(f"{row['mib']:8} MiB  {row['where']}\n" for row in memory["rss_growth_mib_by_line"])
    target.write_text(out.getvalue())
    top = []
    for (filename, line, name), (_cc, calls, own, cumulative, _callers) in pstats.Stats(profiler).stats.items():
        where = f"{_short(filename)}:{line}"
        top.append({"function": name, "where": where, "calls": calls, "own_s": own, "cumulative_s": cumulative})
    return {
        "profiled_build_s": round(elapsed, 1),
        "memory": memory,
        "summary": str(target),
        "by_cumulative": [_rounded(row) for row in sorted(top, key=lambda row: -row["cumulative_s"])[:30]],
        "by_own": [_rounded(row) for row in sorted(top, key=lambda row: -row["own_s"])[:20]],
    }


def _rounded(row):
    return {**row, "own_s": round(row["own_s"], 2), "cumulative_s": round(row["cumulative_s"], 2)}


def _short(filename):
    for marker in ("/site-packages/", str(ROOT) + "/"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


def child(step, args):
    import django

    django.setup()
    if step == "setup":
        return setup(args.respondents, args.items, args.distinct_layouts)
    if step == "profile":
        return profile(Path(args.output).with_name(Path(args.output).stem + "_profile.txt"))
    return measure()


def report(results):
    m, checks = results["measure"], results["checks"]
    counts, anonymity = m["counts"], m["anonymity"] or {}

    def verdict(name, good="ok", bad="OVER BUDGET"):
        return good if checks[name] else bad

    print(f"build    {m['build_s']:.1f} s  (budget <= {BUDGET_BUILD_S:.0f} s) {verdict('build')}")
    for row in m["steps"]:
        memory = ""
        if "rss_end_mib" in row:
            memory = f"rss {row['rss_end_mib']:5.0f} MiB at the end, peak {row['peak_so_far_mib']:5.0f}"
        print(f"  {row['s']:7.2f} s  {row['step']:<58} {memory}")
    print(
        f"  (of the build, {m['gc_s']:.1f} s in Python's garbage collector: {m['gc_collections']} collections, "
        f"{m['gc_full_collections']} full)"
    )
    print(
        f"peak     {m['peak_rss_mib']:.0f} MiB (budget <= {BUDGET_RSS_MIB:.0f} MiB) {verdict('memory')}: ru_maxrss of "
        f"the process {m['peak_rss_self_mib']:.0f} + its largest child {m['peak_rss_children_mib']:.0f} "
        f"({m['rss_before_mib']:.0f} before the build)"
    )
    print(
        f"         sampled together: PSS {m['tree_peak_pss_mib']:.0f} MiB (shared pages once), RSS sum "
        f"{m['tree_peak_rss_sum_mib']:.0f} MiB, at most {m['most_children_at_once']} child process(es)"
    )
    print(
        f"baseline {m['baseline_s']:.2f} s  plain read of {m['baseline_rows']} answer rows; "
        f"build = {m['ratio']} x baseline"
    )
    print(
        f"zip      {m['zip_mib']:.1f} MiB ({m['zip_files']} files, {m['unzipped_mib']:.0f} MiB unzipped), "
        f"responses_long.csv {m['responses_long_rows']} rows {verdict('zip', bad='WRONG')}"
    )
    print(
        f"people   {counts['participants']} participants of {m['respondents']} respondents "
        f"({100 * (m['participants_share'] or 0):.1f} %): {m['consented']} consented, "
        f"{counts['suppressed_for_anonymity']} suppressed for k-anonymity, {counts['withdrawn']} withdrawn "
        f"{verdict('participants', bad='WRONG')}"
    )
    print(
        f"anonymity k_achieved={anonymity.get('k_achieved')} levels={anonymity.get('levels')} "
        f"removed={anonymity.get('removed_variables')} classes={anonymity.get('equivalence_classes')}"
    )
    if "profile" in results:
        p = results["profile"]
        print(f"profile  {p['profiled_build_s']} s under cProfile; summary in {p['summary']}")
        for row in p["by_cumulative"][:15]:
            print(f"  {row['cumulative_s']:7.2f} s cum {row['own_s']:7.2f} s own  {row['function']}  {row['where']}")
        print(f"  RSS peak {p['memory']['peak_mib']:.0f} MiB at {p['memory']['peak_at']}; growth by line (sampled):")
        for row in p["memory"]["rss_growth_mib_by_line"][:8]:
            print(f"  {row['mib']:7} MiB  {row['where']}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--respondents", type=int, default=100_000)
    parser.add_argument("--items", type=int, default=30)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument(
        "--distinct-layouts",
        action="store_true",
        help="give every attempt its own layout text, as new seeds do in production (default: one layout for all)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (SQLite) or the database")
    parser.add_argument("--no-fail", action="store_true", help="exit 0 even if a budget fails")
    parser.add_argument("--profile", action="store_true", help="also profile the build (cProfile, fresh process)")
    parser.add_argument(
        "--database-url", help="measure a database kept earlier with --keep (no setup, nothing is dropped)"
    )
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "research_export.json"))
    parser.add_argument("--child", choices=["setup", "measure", "profile"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args), default=str))
        return 0
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev", "DJANGO_DEBUG": "0"}
    env.pop("REDIS_URL", None)
    # With a release name the build starts no `git rev-parse` child (a vfork: its ru_maxrss would repeat this
    # process's pages), so the peak below is the export's own.
    env.setdefault("SAUAT_RELEASE", "bench-research-export")
    results = {
        "respondents_requested": args.respondents,
        "items_requested": args.items,
        "distinct_layouts": args.distinct_layouts,
    }
    tmp = tempfile.mkdtemp(prefix="sauat_bench_research_")
    database = None
    steps = ["setup", "measure"] + (["profile"] if args.profile else [])
    if args.database_url:
        env["DATABASE_URL"], steps = args.database_url, steps[1:]
    elif args.postgres:
        database = f"sauat_bench_research_{secrets.token_hex(4)}"
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", database], check=True)
        env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{database}"
    else:
        env["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
    env.setdefault("MEDIA_ROOT", f"{tmp}/media")
    env["SAUAT_RESEARCH_EXPORT_ROOT"] = f"{tmp}/exports"
    env["TMPDIR"] = tmp  # the package's work folder and zip go away with the bench's temp dir
    try:
        for step in steps:
            command = [sys.executable, __file__, "--child", step, "--output", args.output]
            command += ["--respondents", str(args.respondents), "--items", str(args.items)]
            command += ["--distinct-layouts"] if args.distinct_layouts else []
            out = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
            if out.returncode != 0:
                print(out.stderr[-5000:], file=sys.stderr)
                return 2
            results[step] = json.loads(out.stdout.strip().splitlines()[-1])
            if step == "setup":
                s = results["setup"]
                print(
                    f"setup    {s['setup_s']} s: {s['respondents']} respondents x {s['items']} items, "
                    f"{s['answers']} answers, {s['consent_rows']} consent rows (migrate + demo "
                    f"{s['migrate_and_demo_s']} s; bulk {s['bulk_s']}) [{s['database']}]",
                    flush=True,
                )
    finally:
        if args.keep:
            print(f"kept: {env['DATABASE_URL']} (measure it again with --database-url)")
        else:
            if database:
                subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", database], check=False)
            shutil.rmtree(tmp, ignore_errors=True)
    m = results["measure"]
    counts = m["counts"]
    checks = {
        "build": m["build_s"] <= BUDGET_BUILD_S,
        "memory": m["peak_rss_mib"] <= BUDGET_RSS_MIB,
        "participants": counts["participants"] + counts["suppressed_for_anonymity"] == m["consented"]
        and 0.85 <= (m["participants_share"] or 0) <= 0.96,
        "zip": m["zip_ok"] and m["responses_long_csv"] and m["responses_long_rows"] == counts["responses"],
    }
    results["checks"] = checks
    results["ok"] = all(checks.values())
    report(results)
    target = Path(args.output)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(results, indent=2, default=str))
    return 0 if results["ok"] or args.no_fail else 1


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
