from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Assessments")

    def ready(self):
        from accounts import personal_data

        from . import signals  # noqa: F401  (connects receivers)
        from .personal_data import export_assessments

        personal_data.register("assessments", export_assessments)
