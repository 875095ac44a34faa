"""Browser-test fixtures: one throwaway demo site (gunicorn, SQLite, demo content, never the test database)
and one headless Debian Chromium, shared by every browser test of the session."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def site_env(tmp_path_factory):
    """The throwaway site's environment; ``site_manage`` runs a management command against its database."""
    workdir = tmp_path_factory.mktemp("browser-site")
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DATABASE_URL=f"sqlite:///{workdir / 'site.sqlite3'}",
        MEDIA_ROOT=str(workdir / "media"),
        DJANGO_DEBUG="0",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        TASKS_BACKEND="django_tasks.backends.immediate.ImmediateBackend",
        SAUAT_RESEARCH_EXPORT_ROOT=str(workdir / "research-exports"),
    )
    return env


@pytest.fixture(scope="session")
def site_manage(site_env, site_url):
    def manage(*args):
        return subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=site_env, check=True, capture_output=True, text=True
        )

    return manage


@pytest.fixture(scope="session")
def site_url(site_env):
    env = site_env
    python = sys.executable
    for command in (["migrate", "--noinput", "-v0"], ["load_demo", "--no-users"]):
        subprocess.run([python, "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=True)
    port = _free_port()
    server = subprocess.Popen(
        [python, "-m", "gunicorn", "config.wsgi", "-w", "1", "-b", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/healthz", timeout=1)  # noqa: S310 (loopback only)
                break
            except OSError:
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        yield chromium
        chromium.close()
