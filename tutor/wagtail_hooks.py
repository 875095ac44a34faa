"""Tutor admin screens."""

# Learning path (issue 6): per-skill BKT parameters (editable defaults; the EM job bumps the version).
from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SkillParams


class SkillParamsViewSet(SnippetViewSet):
    model = SkillParams
    icon = "cogs"
    menu_label = _("Skill model parameters")
    menu_order = 240
    add_to_admin_menu = True
    list_display = ["skill", "prior", "learn", "guess", "slip", "version", "fitted_at", "sequences"]


register_snippet(SkillParamsViewSet)
