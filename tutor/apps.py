from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TutorConfig(AppConfig):
    name = "tutor"
    verbose_name = _("Tutor")

    def ready(self):
        # -- questions and answers (issue 7)
        from accounts import personal_data

        from . import indexing  # noqa: F401  (index updates on publish)
        from .personal_data import export_questions

        personal_data.register("tutor_questions", export_questions)
