"""Keyed pseudonyms for research packages (research-export.md §4.3 rule 3).

``pid = base32(HMAC-SHA256(project_key, "user:<id>"))[:12]``. The project key is itself
HMAC-SHA256(SAUAT_RESEARCH_KEY, "research-project:<salt>") with a random salt per project, so two
projects' files cannot be joined on pid, and a copy of the database alone does not give the key.
SAUAT_RESEARCH_KEY comes from the environment; without it the key is derived from SECRET_KEY
(never SECRET_KEY itself). The key never goes into a package.
"""

import base64
import hashlib
import hmac

from django.conf import settings

SCHEME = "hmac-sha256-base32-12/v1"


def master_key() -> bytes:
    if settings.SAUAT_RESEARCH_KEY:
        return str(settings.SAUAT_RESEARCH_KEY).encode()
    return hashlib.sha256(f"sauat-research-pseudonyms|{settings.SECRET_KEY}".encode()).digest()


def project_key(project) -> bytes:
    return hmac.new(master_key(), f"research-project:{project.key_salt}".encode(), hashlib.sha256).digest()


class Pseudonymiser:
    """Turns user ids into one project's pids (the key is computed once)."""

    def __init__(self, project):
        self._key = project_key(project)

    def pid(self, user_id) -> str:
        digest = hmac.new(self._key, f"user:{user_id}".encode(), hashlib.sha256).digest()
        return base64.b32encode(digest).decode()[:12]
