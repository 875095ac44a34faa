"""Admin screen for consent records (read-only evidence of what each person agreed to)."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import ConsentRecord


class ConsentRecordViewSet(ModelViewSet):
    model = ConsentRecord
    icon = "form"
    menu_label = _("Consent records")
    add_to_admin_menu = False
    list_display = ["user", "purpose", "text_version", "granted", "recorded_at"]
    list_filter = ["purpose", "granted"]
    form_fields = ["user", "purpose", "text_version", "granted"]
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_consent_viewset():
    return ConsentRecordViewSet("consent_records")
