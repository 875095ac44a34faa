from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnalyticsConfig(AppConfig):
    """Learning events, xAPI forwarding, literacy gains, item quality and dashboards."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "analytics"
    verbose_name = _("Analytics")

    def ready(self):
        from accounts import personal_data

        from . import events_admin, signals  # noqa: F401  (events_admin registers Wagtail admin hooks)
        from .personal_data import export_learning_events

        signals.connect()
        personal_data.register("learning_events", export_learning_events)
