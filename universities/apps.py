from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UniversitiesConfig(AppConfig):
    name = "universities"
    verbose_name = _("Universities")

    def ready(self):
        from accounts import personal_data

        from . import signals  # noqa: F401  (connects receivers)
        from .personal_data import export_universities

        personal_data.register("universities", export_universities)
