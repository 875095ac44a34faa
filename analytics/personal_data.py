"""What "download my data" shows of a person's learning events (their pseudonymous activity log)."""

from .models import LearningEvent


def export_learning_events(user):
    return [
        {
            "kind": event.kind,
            "occurred_at": event.occurred_at.isoformat(),
            "object": event.object_id,
            "language": event.language,
            "result": event.result,
            "forwarded_to_lrs": event.status == LearningEvent.ForwardingStatus.SENT,
        }
        for event in LearningEvent.objects.for_user(user).order_by("occurred_at", "pk")
    ]
