from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "quizzes"
    verbose_name = _("Assessments")

    def ready(self):
        from accounts import personal_data

        from .personal_data import export_assessments

        personal_data.register("assessments", export_assessments)
