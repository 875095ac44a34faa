from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site content")

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import signals  # noqa: F401  (connects receivers)
        from .workflows import ensure_roles_and_workflow

        post_migrate.connect(ensure_roles_and_workflow, sender=self)
