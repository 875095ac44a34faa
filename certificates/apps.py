from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from accounts import personal_data

        from . import signals  # noqa: F401  (connects receivers)
        from .personal_data import export_certificates

        personal_data.register("certificates", export_certificates)
