from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TutorConfig(AppConfig):
    name = "tutor"
    verbose_name = _("Tutor")

    def ready(self):
        # Learning path (issue 6): graded answers feed the learner model; mastery in "download my data".
        from accounts import personal_data

        from . import signals  # noqa: F401  (connects receivers)
        from .personal_data import export_learning_path

        personal_data.register("learning_path", export_learning_path)
        # -- questions and answers (issue 7): index updates on publish; the question log in "download my data".
        from . import indexing  # noqa: F401
        from .personal_data import export_questions

        personal_data.register("tutor_questions", export_questions)
