"""Background task (django-tasks): forward pending learning events to the LRS."""

from django_tasks import task


@task()
def forward_statements() -> dict:
    """Forward what is due now; events that fail stay pending for the next run (cron or the next event)."""
    from .forwarding import forward_pending

    return forward_pending().as_dict()
