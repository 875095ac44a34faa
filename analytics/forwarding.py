"""Forward pending learning events as xAPI statements to the LRS in SAUAT_XAPI_LRS_URL.

Exactly once, even when the forwarder dies between the POST and marking the events sent:
1. before a batch is POSTed its events get ``attempts + 1``, a back-off time and ``in_flight``, committed
   first; ``in_flight`` is cleared when the outcome is known (sent, refused, or no connection at all);
2. an event still ``in_flight`` at the next run may already be in the LRS, so it is looked up
   with ``GET ?statementId=`` before it is sent again (found: marked sent, not POSTed);
3. statement ids are deterministic (uuid5), and an LRS ignores a re-POST of a stored id (Ralph 5.1.0:
   204 when every id of the batch is stored, 409 for a different statement with the same id, and
   **500 for a batch mixing stored and new ids**, with nothing written). After any refused batch the
   forwarder looks each id up, marks the stored ones sent and retries the rest.
LRS down or 5xx: the events stay pending and are retried after an exponential back-off; after
SAUAT_XAPI_MAX_ATTEMPTS they are marked failed (shown in the admin). Statements the LRS rejects as
invalid (400/422 on their own) are marked failed at once.
"""

import logging
import time
from dataclasses import dataclass, field
from datetime import timedelta

import requests

from django.conf import settings
from django.utils import timezone

from . import xapi
from .models import ForwardingStatus, LearningEvent

logger = logging.getLogger("sauat.analytics.xapi")

MAX_BACKOFF = timedelta(hours=6)
XAPI_HEADERS = {"X-Experience-API-Version": "1.0.3", "Content-Type": "application/json"}


class LrsUnavailable(Exception):
    """The LRS could not be reached, or answered with an error that says nothing about the statements."""

    def __init__(self, message, *, never_reached=False):
        super().__init__(message)
        self.never_reached = never_reached


def _never_reached(error):
    """True when the request surely did not reach the LRS (no connection), so nothing can have been stored."""
    if isinstance(error, requests.ConnectTimeout):
        return True
    return isinstance(error, requests.ConnectionError) and "Failed to establish a new connection" in str(error)


@dataclass
class Summary:
    sent: int = 0
    failed: int = 0
    deferred: int = 0
    batches: int = 0
    errors: list = field(default_factory=list)

    def as_dict(self):
        return {"sent": self.sent, "failed": self.failed, "deferred": self.deferred, "batches": self.batches}


def is_configured():
    return bool(settings.SAUAT_XAPI_LRS_URL)


class LrsClient:
    def __init__(self, url=None, username=None, password=None, timeout=None):
        url = (url or settings.SAUAT_XAPI_LRS_URL).rstrip("/")
        self.url = url if url.endswith("/statements") else f"{url}/statements"
        username = settings.SAUAT_XAPI_LRS_USERNAME if username is None else username
        password = settings.SAUAT_XAPI_LRS_PASSWORD if password is None else password
        self.session = requests.Session()
        self.session.headers.update(XAPI_HEADERS)
        if username:
            self.session.auth = (username, password)
        self.timeout = timeout or settings.SAUAT_XAPI_TIMEOUT

    def post(self, statements):
        """POST a list of statements; returns the response (never raises for an HTTP status)."""
        try:
            return self.session.post(self.url, json=statements, timeout=self.timeout)
        except requests.RequestException as error:
            raise LrsUnavailable(
                f"POST {self.url}: {error.__class__.__name__}: {error}", never_reached=_never_reached(error)
            ) from error

    def exists(self, statement_id) -> bool:
        try:
            response = self.session.get(self.url, params={"statementId": str(statement_id)}, timeout=self.timeout)
        except requests.RequestException as error:
            raise LrsUnavailable(f"GET {self.url}: {error.__class__.__name__}: {error}") from error
        if response.status_code == 404:
            return False
        if response.status_code != 200:
            raise LrsUnavailable(f"GET {self.url}?statementId: HTTP {response.status_code}")
        body = response.json()
        if isinstance(body, dict) and body.get("id") == str(statement_id):
            return True
        return any(s.get("id") == str(statement_id) for s in (body.get("statements") or []))


def backoff(attempts):
    return min(timedelta(seconds=settings.SAUAT_XAPI_BACKOFF_SECONDS * 2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def _ids(events):
    return [event.pk for event in events]


def _mark_sent(events):
    if events:
        LearningEvent.objects.filter(pk__in=_ids(events)).update(
            status=ForwardingStatus.SENT, sent_at=timezone.now(), last_error="", next_attempt_at=None, in_flight=False
        )


def _mark_failed(events, error):
    if events:
        LearningEvent.objects.filter(pk__in=_ids(events)).update(
            status=ForwardingStatus.FAILED, last_error=error[:500], next_attempt_at=None, in_flight=False
        )


def _defer(events, error, summary, *, in_flight=None):
    """Leave pending (the back-off was set before the POST); give up after SAUAT_XAPI_MAX_ATTEMPTS.

    ``in_flight``: False when the events are known not to be in the LRS, None to leave it as it is.
    """
    exhausted = [e for e in events if e.attempts >= settings.SAUAT_XAPI_MAX_ATTEMPTS]
    rest = [e for e in events if e.attempts < settings.SAUAT_XAPI_MAX_ATTEMPTS]
    _mark_failed(exhausted, error)
    if rest:
        fields = {"last_error": error[:500]}
        if in_flight is not None:
            fields["in_flight"] = in_flight
        LearningEvent.objects.filter(pk__in=_ids(rest)).update(**fields)
    summary.failed += len(exhausted)
    summary.deferred += len(rest)


def _claim(events):
    """Count the attempt and set the back-off before POSTing (committed: a crash after the POST is seen)."""
    now = timezone.now()
    by_attempts = {}
    for event in events:
        event.attempts += 1
        by_attempts.setdefault(event.attempts, []).append(event.pk)
    for attempts, pks in by_attempts.items():  # usually one UPDATE: fresh events all have attempts 0
        LearningEvent.objects.filter(pk__in=pks).update(
            attempts=attempts, next_attempt_at=now + backoff(attempts), in_flight=True
        )


def _already_stored(client, events):
    """Split ``events`` into (stored in the LRS, not stored) by looking each id up."""
    stored, missing = [], []
    for event in events:
        (stored if client.exists(event.statement_id) else missing).append(event)
    return stored, missing


def _post_singly(client, events, summary):
    for event in events:
        response = client.post([xapi.statement(event)])
        if response.status_code in (200, 204):
            _mark_sent([event])
            summary.sent += 1
        elif response.status_code in (400, 409, 422):
            error = f"HTTP {response.status_code}: {response.text[:300]}"
            logger.error("The LRS refused statement %s: %s", event.statement_id, error)
            _mark_failed([event], error)
            summary.failed += 1
        else:
            _defer([event], f"HTTP {response.status_code}", summary)


def _forward_batch(client, events, summary, on_posted=None):
    uncertain = [e for e in events if e.in_flight]
    if uncertain:
        stored, missing = _already_stored(client, uncertain)
        _mark_sent(stored)
        summary.sent += len(stored)
        if stored:
            logger.info(
                "%d statement(s) were already in the LRS (an earlier run stopped before marking them)", len(stored)
            )
        events = [e for e in events if not e.in_flight] + missing
    if not events:
        return
    _claim(events)
    try:
        response = client.post([xapi.statement(event) for event in events])
    except LrsUnavailable as error:
        if error.never_reached:  # nothing can be in the LRS: no need to look the ids up next time
            LearningEvent.objects.filter(pk__in=_ids(events)).update(in_flight=False)
        raise
    summary.batches += 1
    if response.status_code in (200, 204):
        if on_posted:
            on_posted(len(events), response.status_code)
        if settings.SAUAT_XAPI_TEST_PAUSE_AFTER_POST:
            time.sleep(settings.SAUAT_XAPI_TEST_PAUSE_AFTER_POST)
        _mark_sent(events)
        summary.sent += len(events)
        logger.info("Forwarded %d statement(s) to the LRS (HTTP %s)", len(events), response.status_code)
        return
    error = f"HTTP {response.status_code}: {response.text[:300]}"
    if response.status_code in (401, 403):
        raise LrsUnavailable(f"The LRS refused our credentials ({error}); check SAUAT_XAPI_LRS_USERNAME/PASSWORD")
    logger.warning("The LRS refused a batch of %d statement(s): %s", len(events), error)
    stored, missing = _already_stored(client, events)
    _mark_sent(stored)
    summary.sent += len(stored)
    if response.status_code < 500 or stored:
        _post_singly(client, missing, summary)  # a bad or a conflicting statement must not hold the others back
    else:
        _defer(missing, error, summary, in_flight=False)  # looked up: not in the LRS


def forward_pending(*, batch_size=None, max_batches=None, client=None, on_posted=None) -> Summary:
    """Forward due pending events in batches until none is due (or ``max_batches``). Never raises."""
    summary = Summary()
    if not is_configured() and client is None:
        return summary
    client = client or LrsClient()
    batch_size = batch_size or settings.SAUAT_XAPI_BATCH_SIZE
    done = 0
    after = 0
    while max_batches is None or done < max_batches:
        events = list(LearningEvent.objects.due().filter(pk__gt=after)[:batch_size])  # one pass, in pk order
        if not events:
            break
        after = events[-1].pk
        done += 1
        try:
            _forward_batch(client, events, summary, on_posted)
        except LrsUnavailable as error:
            logger.warning("xAPI forwarding stopped: %s; pending statements are retried later", error)
            pending = list(LearningEvent.objects.filter(pk__in=_ids(events), status=ForwardingStatus.PENDING))
            _defer(pending, str(error), summary)
            summary.errors.append(str(error))
            break
    return summary
