"""Admin screens: speakers (snippet), registrations with export, question moderation, attendance with
import, recordings with captions, consultation intakes (organisers only).

Registrations, questions, attendance and intakes are read-only lists here: their state changes only
through the workflows in actions.py (moderation buttons post to the same view hosts use).
"""

from django.middleware.csrf import get_token
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .forms import RecordingForm
from .models import Attendance, ConsultationIntake, Question, Recording, Registration, Speaker


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Staff with the "view" permission may list, inspect and export; nobody adds, edits or deletes here."""

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)


for _model in (Registration, Question, Attendance, ConsultationIntake):
    register_permission_policy(_model, ReadOnlyPermissionPolicy(_model), exact_class=True)


class ReadOnlyViewSet(ModelViewSet):
    copy_view_enabled = False
    inspect_view_enabled = True
    search_backend_name = None


class SpeakerViewSet(SnippetViewSet):
    model = Speaker
    icon = "user"
    menu_label = _("Speakers")
    menu_order = 231
    add_to_admin_menu = True
    list_display = ["name", "role", "affiliation", "locale"]
    list_filter = ["role", "locale"]
    search_fields = ["name", "affiliation"]


register_snippet(SpeakerViewSet)


class RegistrationViewSet(ReadOnlyViewSet):
    model = Registration
    url_prefix = "webinars/registrations"
    url_namespace = "webinars_registrations"
    icon = "group"
    menu_label = _("Registrations")
    form_fields = ["status"]
    list_display = ["user", "webinar", "status", "slot_start", "created_at"]
    list_filter = ["status", "webinar"]
    search_fields = ["user__email", "user__display_name"]
    list_export = [
        "user.email",
        "user.display_name",
        "webinar.title",
        "status",
        "slot_start",
        "created_at",
        "confirmed_at",
        "cancelled_at",
    ]
    export_headings = {
        "user.email": _("E-mail"),
        "user.display_name": _("Name"),
        "webinar.title": _("Webinar"),
        "status": _("Status"),
        "slot_start": _("Slot"),
        "created_at": _("Registered at"),
        "confirmed_at": _("Seat given at"),
        "cancelled_at": _("Cancelled at"),
    }
    export_filename = "webinar-registrations"


class ModerationColumn(Column):
    cell_template_name = "webinars/admin/moderation_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context["actions"] = [Question.Status(status) for status in sorted(Question.NEXT_STATUS[instance.status])]
        context["moderate_url"] = reverse("webinars:moderate", args=[instance.pk])
        context["next_url"] = request.get_full_path() if request else ""
        context["csrf_token"] = get_token(request) if request else ""
        return context


class QuestionIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().with_votes().select_related("user", "webinar")


class QuestionViewSet(ReadOnlyViewSet):
    model = Question
    url_prefix = "webinars/questions"
    url_namespace = "webinars_questions"
    icon = "help"
    menu_label = _("Questions")
    index_view_class = QuestionIndexView
    form_fields = ["text"]
    list_filter = ["status", "webinar"]
    search_fields = ["text"]
    list_export = ["webinar.title", "text", "status", "vote_count", "created_at"]

    @property
    def list_display(self):
        return [
            "text",
            "webinar",
            "user",
            "status",
            Column("vote_count", label=_("Votes")),
            ModerationColumn("moderation", accessor="pk", label=_("Moderate")),
        ]


class AttendanceIndexView(IndexView):
    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm("webinars.add_attendance"):
            buttons.append(
                HeaderButton(
                    _("Import attendance report"), url=reverse("webinars_attendance_import"), icon_name="upload"
                )
            )
        return buttons


class AttendanceViewSet(ReadOnlyViewSet):
    model = Attendance
    url_prefix = "webinars/attendance"
    url_namespace = "webinars_attendance"
    icon = "tick"
    menu_label = _("Attendance")
    index_view_class = AttendanceIndexView
    form_fields = ["minutes"]
    list_display = ["user", "webinar", "source", "first_seen_at", "minutes"]
    list_filter = ["source", "webinar"]
    search_fields = ["user__email"]
    list_export = ["user.email", "webinar.title", "source", "first_seen_at", "minutes"]
    export_filename = "webinar-attendance"


class RecordingViewSet(ModelViewSet):
    model = Recording
    url_prefix = "webinars/recordings"
    url_namespace = "webinars_recordings"
    icon = "media"
    menu_label = _("Recordings")
    copy_view_enabled = False
    search_backend_name = None
    list_display = ["webinar", "media", "external_url", "created_at"]
    edit_handler = ObjectList(
        [
            FieldPanel("webinar"),
            MultiFieldPanel(
                [FieldPanel("media"), FieldPanel("external_url"), FieldPanel("duration_seconds")],
                heading=_("Recording"),
            ),
            MultiFieldPanel(
                [FieldPanel("captions_kk"), FieldPanel("captions_ru"), FieldPanel("captions_en")],
                heading=_("Captions"),
                help_text=_(
                    "WebVTT (.vtt) or SubRip (.srt) in UTF-8. An SRT file is converted to WebVTT. "
                    "Uploading a file replaces the captions in that language."
                ),
            ),
            InlinePanel("chapters", label=_("Chapters")),
        ],
        base_form_class=RecordingForm,
    )


class IntakeViewSet(ReadOnlyViewSet):
    model = ConsultationIntake
    url_prefix = "webinars/intakes"
    url_namespace = "webinars_intakes"
    icon = "mail"
    menu_label = _("Consultation intakes")
    form_fields = ["topic"]
    list_display = ["registration", "topic", "consent_given_at"]
    list_filter = ["topic"]
    search_fields = ["question"]


class WebinarAdminGroup(ViewSetGroup):
    menu_label = _("Webinars")
    menu_icon = "date"
    menu_order = 230
    items = (RegistrationViewSet, QuestionViewSet, AttendanceViewSet, RecordingViewSet, IntakeViewSet)


@hooks.register("register_admin_viewset")
def register_webinar_admin():
    return WebinarAdminGroup()


@hooks.register("register_admin_urls")
def register_attendance_import_url():
    return [path("webinars/attendance/import/", admin_views.attendance_import_view, name="webinars_attendance_import")]
