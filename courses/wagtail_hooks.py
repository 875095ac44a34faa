"""Admin screens for the course taxonomy (skills and topics)."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Skill, Topic


class SkillViewSet(SnippetViewSet):
    model = Skill
    icon = "tick-inverse"
    menu_label = _("Skills")
    list_display = ["code", "name_kk", "name_ru", "name_en", "topic"]
    list_filter = ["topic"]
    search_fields = ["code", "name_kk", "name_ru", "name_en"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["slug", "name_kk", "name_ru", "name_en"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Course taxonomy")
    menu_icon = "tag"
    menu_order = 220
    items = (SkillViewSet, TopicViewSet)


register_snippet(TaxonomyGroup)
