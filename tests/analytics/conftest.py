"""A real xAPI LRS for the forwarding tests: Ralph 5.1.0 (fs backend) from .venv-ralph (scripts/install-ralph).

The session fixture writes Ralph's auth.json, starts ``uvicorn ralph.api:app`` on a free loopback port in a
temporary directory, waits for /__heartbeat__, yields where it listens and kills it at the end (by its pid).
Without .venv-ralph the Ralph tests are skipped, unless SAUAT_REQUIRE_RALPH=1 (CI), where they fail.

Ralph 5.1.0's fs backend writes with operation type CREATE, which refuses an existing file: after the first
successful POST every POST with a new statement id answers 500 "Statements bulk indexation failed" and
writes nothing (checked by hand, Dec 2026). The duplicate handling of the API layer (204 when every id is
stored, only the new ids written otherwise, 409 for a different statement with a stored id) is what we want
to test against, so the server is started through a two-line module that makes the fs LRS backend append.
"""

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.quizzes.conftest import bank, check, quiz, skills  # noqa: F401  (fixtures shared with tests/quizzes)

ROOT = Path(__file__).resolve().parents[2]
RALPH_VENV = ROOT / ".venv-ralph"
USERNAME = "sauat-test"
PASSWORD = "sauat-test-password"  # a throw-away LRS on 127.0.0.1


@dataclass
class Ralph:
    url: str  # the xAPI base, e.g. http://127.0.0.1:PORT/xAPI/
    username: str
    password: str
    data_dir: Path

    @property
    def statements_file(self):
        return self.data_dir / "fs_lrs.jsonl"

    def stored(self):
        """Every statement Ralph wrote to disk (one JSON object a line), in order."""
        if not self.statements_file.exists():
            return []
        return [json.loads(line) for line in self.statements_file.read_text().splitlines() if line.strip()]

    def stored_ids(self):
        return [s["id"] for s in self.stored()]

    def query(self, **params):
        """GET /xAPI/statements with ``params`` (agent given as a dict), following "more" links."""
        import requests

        if "agent" in params:
            params["agent"] = json.dumps(params["agent"])
        url, statements = self.url + "statements", []
        while url:
            response = requests.get(
                url,
                params=params,
                auth=(self.username, self.password),
                headers={"X-Experience-API-Version": "1.0.3"},
                timeout=10,
            )
            response.raise_for_status()
            body = response.json()
            statements += body.get("statements", [])
            more = body.get("more")
            url, params = (self.url.split("/xAPI/")[0] + more, None) if more else (None, None)
        return statements


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _missing(reason):
    if os.environ.get("SAUAT_REQUIRE_RALPH") == "1":
        pytest.fail(f"SAUAT_REQUIRE_RALPH=1 but {reason}")
    pytest.skip(reason)


APPEND_MODULE = """\
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND  # 5.1.0 fs backend: CREATE fails on the 2nd POST
from ralph.api import app  # noqa: E402
"""


@contextlib.contextmanager
def _running_ralph(data_dir, *, append=True):
    """Start Ralph (fs backend) in ``data_dir``; ``append=False`` runs 5.1.0's fs backend as shipped."""
    python = RALPH_VENV / "bin" / "python"
    if not python.exists():
        _missing(f"{RALPH_VENV} is missing: run scripts/install-ralph")
    data_dir.mkdir(parents=True, exist_ok=True)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(data_dir),
        "RALPH_APP_DIR": str(data_dir),
        "RALPH_AUTH_FILE": str(data_dir / "auth.json"),
        "RALPH_RUNSERVER_BACKEND": "fs",
        "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(data_dir),
        "PYTHONPATH": str(data_dir),
    }
    (data_dir / "sauat_ralph_fs.py").write_text(APPEND_MODULE)
    subprocess.run(
        [
            str(RALPH_VENV / "bin" / "ralph"),
            "auth",
            "--write-to-disk",
            "-u",
            USERNAME,
            "-p",
            PASSWORD,
            "-s",
            "statements/write",
            "-s",
            "statements/read",
            "-M",
            "mailto:lrs-test@sauat.kz",
        ],
        env=env,
        cwd=data_dir,
        check=True,
        capture_output=True,
        timeout=120,
    )
    port = _free_port()
    log = (data_dir / "uvicorn.log").open("w")
    process = subprocess.Popen(
        [
            str(RALPH_VENV / "bin" / "uvicorn"),
            "sauat_ralph_fs:app" if append else "ralph.api:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env=env,
        cwd=data_dir,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/__heartbeat__", timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"Ralph did not start: {(data_dir / 'uvicorn.log').read_text()[-2000:]}")
            time.sleep(0.2)
        yield Ralph(url=f"{base}/xAPI/", username=USERNAME, password=PASSWORD, data_dir=data_dir)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        log.close()


@pytest.fixture(scope="session")
def ralph(tmp_path_factory):
    with _running_ralph(tmp_path_factory.mktemp("ralph")) as server:
        yield server


@pytest.fixture
def ralph_as_shipped(tmp_path):
    """Ralph 5.1.0 with its fs backend unchanged (refuses every write after the first), for one test."""
    with _running_ralph(tmp_path / "ralph-as-shipped", append=False) as server:
        yield server


@pytest.fixture
def lrs_settings(settings, ralph):
    """Point the forwarder at the test Ralph."""
    settings.SAUAT_XAPI_LRS_URL = ralph.url
    settings.SAUAT_XAPI_LRS_USERNAME = ralph.username
    settings.SAUAT_XAPI_LRS_PASSWORD = ralph.password
    settings.SAUAT_XAPI_BACKOFF_SECONDS = 60
    return settings


def closed_port_url():
    """An LRS address where nothing listens (connection refused at once)."""
    return f"http://127.0.0.1:{_free_port()}/xAPI/"
