"""Tutor admin screens."""

import django_filters

from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from webinars.wagtail_hooks import ReadOnlyPermissionPolicy, ReadOnlyViewSet

from . import admin_views
from .models import AnswerCard, QuestionLog, SkillParams

# Learning path (issue 6): per-skill BKT parameters (editable defaults; the EM job bumps the version).


class SkillParamsViewSet(SnippetViewSet):
    model = SkillParams
    icon = "cogs"
    menu_label = _("Skill model parameters")
    menu_order = 240
    add_to_admin_menu = True
    list_display = ["skill", "prior", "learn", "guess", "slip", "version", "fitted_at", "sequences"]


register_snippet(SkillParamsViewSet)
# Admin screens of the tutor.

# -- questions and answers (issue 7) ------------------------------------------------------------


register_permission_policy(QuestionLog, ReadOnlyPermissionPolicy(QuestionLog), exact_class=True)


class AnswerCardForm(WagtailAdminModelForm):
    """Only legal reviewers (tutor.approve_answercard) approve a card, and an approval names its reviewer and date."""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == AnswerCard.Status.APPROVED:
            user = getattr(self, "for_user", None)
            was_approved = self.instance.pk and self.instance.status == AnswerCard.Status.APPROVED
            if not was_approved and (user is None or not user.has_perm("tutor.approve_answercard")):
                self.add_error("status", _("Only a legal reviewer can approve an answer card."))
            if not cleaned.get("reviewed_by"):
                self.add_error("reviewed_by", _("Name the legal reviewer who approved the card."))
            if not cleaned.get("reviewed_on"):
                self.add_error("reviewed_on", _("Give the date of the legal review."))
            if not any(cleaned.get(f"answer_{code}") for code in ("kk", "ru", "en")):
                self.add_error("answer_kk", _("An approved card needs an answer."))
        return cleaned


class AnswerCardViewSet(SnippetViewSet):
    model = AnswerCard
    edit_handler = ObjectList(AnswerCard.panels, base_form_class=AnswerCardForm)
    icon = "help"
    menu_label = _("Answer cards")
    list_display = ["key", "status", "reviewed_by", "reviewed_on", "updated_at"]
    list_filter = ["status", "topic"]
    search_fields = ["key", "questions_kk", "questions_ru", "questions_en"]


register_snippet(AnswerCardViewSet)


class QuestionLogFilterSet(WagtailFilterSet):
    flagged = django_filters.BooleanFilter(
        label=_("Flagged (rated wrong/unclear, or refused)"), method="filter_flagged"
    )

    class Meta:
        model = QuestionLog
        fields = ["action", "language", "reason", "used_llm"]

    def filter_flagged(self, queryset, name, value):
        if value is None:
            return queryset
        flagged = QuestionLog.objects.flagged().values("pk")
        return queryset.filter(pk__in=flagged) if value else queryset.exclude(pk__in=flagged)


def make_card_link(log):
    url = reverse("tutor_make_answer_card", args=[log.pk])
    return format_html('<a class="button button-small" href="{}">{}</a>', url, _("Make answer card"))


class QuestionLogViewSet(ReadOnlyViewSet):
    model = QuestionLog
    url_prefix = "tutor/questions"
    url_namespace = "tutor_questions"
    form_fields = ["action"]
    icon = "comment"
    menu_label = _("Tutor questions")
    add_to_admin_menu = True
    list_display = [
        "question",
        "language",
        "action",
        "reason",
        "score",
        "created_at",
        Column("make_card", label=_("Answer card"), accessor=make_card_link),
    ]
    filterset_class = QuestionLogFilterSet


@hooks.register("register_admin_viewset")
def register_tutor_questions():
    return QuestionLogViewSet()


@hooks.register("register_admin_urls")
def register_make_card_url():
    return [
        path(
            "tutor/questions/<int:log_id>/make-card/", admin_views.make_answer_card_view, name="tutor_make_answer_card"
        )
    ]
