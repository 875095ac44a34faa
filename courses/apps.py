from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from accounts import personal_data

        from . import signals  # noqa: F401  (connects receivers)
        from .personal_data import export_learning

        personal_data.register("learning", export_learning)
