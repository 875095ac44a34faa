"""Background task (django-tasks): build one research export package."""

from django_tasks import task


@task()
def run_research_export(export_id: str) -> dict:
    from .actions import run_export

    export = run_export(export_id)
    return {"export": str(export.pk), "status": export.status}
