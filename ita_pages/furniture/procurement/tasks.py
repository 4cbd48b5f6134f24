"""The background job that imports e-GP feeds (run by a django-tasks worker or cron)."""

from django_tasks import task

from .importer import import_all


@task()
def fetch_egp_feeds(site_id: int | None = None) -> dict:
    """Import every followed feed; returns a JSON-able summary for the task result."""
    report = import_all(site_id)
    return {"fetched": report.fetched, "stored": report.stored, "errors": report.errors}
