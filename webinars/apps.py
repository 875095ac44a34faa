from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebinarsConfig(AppConfig):
    name = "webinars"
    verbose_name = _("Webinars")

    def ready(self):
        from accounts import personal_data
        from cms import search_providers

        from . import signals  # noqa: F401  (connects receivers)
        from .personal_data import export_webinars
        from .search import search_recordings

        personal_data.register("webinars", export_webinars)
        search_providers.register("recordings", search_recordings)
