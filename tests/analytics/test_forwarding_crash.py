"""Kill the forwarder (SIGKILL) after the LRS accepted a batch and before it marked the batch sent, restart it:
every statement is in Ralph exactly once and every event ends up sent.

The forwarder runs as a real ``manage.py analytics_forward`` subprocess. The test database lives inside this
test's transaction, invisible to another process, so the subprocess works on its own SQLite file with the
events table (created and filled by ``manage.py shell``); this runs the same on the SQLite and PostgreSQL CI
runs. SAUAT_XAPI_TEST_PAUSE_AFTER_POST makes the crash window wide enough to kill in deterministically.
"""

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections import Counter

import pytest

from .conftest import ROOT

COUNT = 17
SEED = """
import datetime, uuid
from django.db import connection
from django.utils import timezone
from analytics import xapi
from analytics.models import LearningEvent
from analytics.recording import EventData

with connection.schema_editor() as editor:
    editor.create_model(LearningEvent)
start = timezone.now() - datetime.timedelta(hours=1)
LearningEvent.objects.bulk_create(
    EventData("enrolled", 70000 + n, xapi.course_iri(uuid.uuid4()), language="ru",
              occurred_at=start + datetime.timedelta(seconds=n)).build()
    for n in range(%d)
)
print(LearningEvent.objects.count())
"""


def _env(ralph, database, **extra):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.test",
        DATABASE_URL=f"sqlite:///{database}",
        PYTHONUNBUFFERED="1",
        SAUAT_XAPI_LRS_URL=ralph.url,
        SAUAT_XAPI_LRS_USERNAME=ralph.username,
        SAUAT_XAPI_LRS_PASSWORD=ralph.password,
        SAUAT_XAPI_BACKOFF_SECONDS="0",  # the restarted run may re-check at once
        **extra,
    )
    return env


def _manage(*args):
    return [sys.executable, str(ROOT / "manage.py"), *args]


def _rows(database):
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT statement_id, status, in_flight FROM analytics_learningevent ORDER BY id").fetchall()
    return [(str(uuid.UUID(sid)), status, bool(in_flight)) for sid, status, in_flight in rows]


def _posted(output):
    return sum(int(n) for n in re.findall(r"^posted (\d+) statement", output, re.MULTILINE))


def test_a_forwarder_killed_mid_batch_and_restarted_sends_each_statement_once(ralph, tmp_path):
    database = tmp_path / "forwarder.sqlite3"
    seeded = subprocess.run(
        _manage("shell", "-c", SEED % COUNT),
        env=_env(ralph, database),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert seeded.returncode == 0, seeded.stderr
    assert seeded.stdout.strip().endswith(str(COUNT))
    ids = [row[0] for row in _rows(database)]

    # Run 1: batches of 5, a long pause after each accepted POST; killed during the first pause.
    first = subprocess.Popen(
        _manage("analytics_forward", "--batch-size", "5"),
        env=_env(ralph, database, SAUAT_XAPI_TEST_PAUSE_AFTER_POST="60"),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        deadline = time.monotonic() + 90
        line = ""
        while not line.startswith("posted") and time.monotonic() < deadline:
            line = first.stdout.readline()
            if not line and first.poll() is not None:
                break
        assert line.startswith("posted 5 statement(s)"), f"the forwarder did not post: {line!r}"
        os.kill(first.pid, signal.SIGKILL)
        assert first.wait(timeout=30) == -signal.SIGKILL
    finally:
        if first.poll() is None:
            first.kill()
        first.stdout.close()

    in_ralph = Counter(ralph.stored_ids())
    assert [in_ralph[i] for i in ids] == [1] * 5 + [0] * (COUNT - 5)  # the LRS has the first batch ...
    rows = _rows(database)
    assert {status for _id, status, _in_flight in rows} == {"pending"}  # ... the database never heard back
    assert [in_flight for _id, _status, in_flight in rows] == [True] * 5 + [False] * (COUNT - 5)

    # Run 2: a different batch size, so a batch mixes the uncertain five with new statements.
    second = subprocess.run(
        _manage("analytics_forward", "--batch-size", "7"),
        env=_env(ralph, database),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert second.returncode == 0, second.stderr
    assert _posted(second.stdout) == COUNT - 5  # the five were found in the LRS, not posted again
    assert "already in the LRS" in second.stderr

    in_ralph = Counter(ralph.stored_ids())
    assert [in_ralph[i] for i in ids] == [1] * COUNT
    assert {(status, in_flight) for _id, status, in_flight in _rows(database)} == {("sent", False)}


@pytest.mark.parametrize("batch_size", ["0"])
def test_the_command_refuses_a_bad_batch_size(batch_size, settings):
    from django.core.management import CommandError, call_command

    settings.SAUAT_XAPI_LRS_URL = "http://127.0.0.1:9/xAPI/"
    with pytest.raises(CommandError, match="at least 1"):
        call_command("analytics_forward", "--batch-size", batch_size)
