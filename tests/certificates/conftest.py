"""Fixtures for certificate tests: a fresh signing key per test, a learner who has passed a demo course."""

import shutil
import subprocess

import pytest

from certificates import actions
from certificates.credentials import generate_key_pem
from certificates.models import Certificate
from demo.certificates import pass_course
from tests.conftest import course

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils missing: run scripts/install-system"
)


@pytest.fixture(autouse=True)
def signing_key(settings):
    """Each test signs with a key generated for it (as production would with SAUAT_CERT_SIGNING_KEY)."""
    private, public = generate_key_pem()
    settings.SAUAT_CERT_SIGNING_KEY = private
    settings.SAUAT_CERT_ISSUER_URL = "https://sauat.test"
    settings.SAUAT_CERT_RETIRED_PUBLIC_KEYS = []
    return private


@pytest.fixture
def consumer_course(db):
    return course("kk", "consumer-rights")


@pytest.fixture
def certificate(learner, consumer_course):
    """A certificate issued through the real journey (lessons + post-test + completion check)."""
    pass_course(learner, consumer_course)
    return actions.check_and_issue(learner, consumer_course.translation_key)


def issue(user, course_page):
    return actions.issue_certificate(user, course_page.translation_key)[0]


def pdf_text(pdf_bytes, tmp_path):
    path = tmp_path / "certificate.pdf"
    path.write_bytes(pdf_bytes)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True).stdout


__all__ = ["Certificate", "issue", "needs_poppler", "pdf_text"]
