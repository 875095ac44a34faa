"""Write learning events: after the action's transaction commits, never breaking the action.

``record(...)`` is called by the receivers in analytics/signals.py (and the recording-progress API). It
queues the write with ``transaction.on_commit``: a rolled-back action leaves no event. A failure to write
is logged and swallowed: the learner's enrolment, answer or certificate must not look failed because
analytics could not keep up. One INSERT per event (``bulk`` for many answers at once).
"""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models.events import LearningEvent, pseudonym_for, registration_for

logger = logging.getLogger("sauat.analytics")


@dataclass
class EventData:
    kind: str
    user_id: int
    object_id: str
    course_key: object = None
    parent_id: str = ""
    language: str = ""
    result: dict = field(default_factory=dict)
    context: dict = field(default_factory=dict)
    occurred_at: object = None

    def build(self) -> LearningEvent:
        actor = pseudonym_for(self.user_id)
        event = LearningEvent(
            kind=self.kind,
            occurred_at=self.occurred_at or timezone.now(),
            actor=actor,
            course_key=self.course_key,
            object_id=self.object_id,
            parent_id=self.parent_id or "",
            registration=registration_for(actor, self.course_key),
            language=(self.language or "")[:8],
            result=self.result,
            context=self.context,
        )
        event.statement_id = event.derive_statement_id()
        return event


def _write(items):
    try:
        events = [item.build() for item in items]
        # ignore_conflicts: the same statement id (same actor, verb, object and instant) is one event.
        LearningEvent.objects.bulk_create(events, ignore_conflicts=True)
    except Exception:
        logger.exception("Could not record %d learning event(s) of kind %s", len(items), items[0].kind)
        return
    if settings.SAUAT_XAPI_LRS_URL:
        _enqueue_forwarding()


def _enqueue_forwarding():
    """Queue one forwarding run (at most one every few seconds: each run sends everything due)."""
    try:
        from django.core.cache import cache

        from .tasks import forward_statements

        if cache.add("sauat:analytics:forward-queued", True, timeout=5):
            forward_statements.enqueue()
    except Exception:
        logger.exception("Could not queue xAPI forwarding; `manage.py analytics_forward` will pick the events up")


def record(*items: EventData) -> None:
    """Record events once the current transaction commits (at once when there is none)."""
    items = [item for item in items if item is not None and item.user_id is not None]
    if items:
        transaction.on_commit(lambda: _write(items))
