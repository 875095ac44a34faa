"""The admin screen that imports questions from a Moodle XML or GIFT file and reports on each one."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from quizzes.models import Item

from . import ImportFileError, import_questions, parse_file
from .forms import ImportQuestionsForm


class ImportQuestionsView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    permission_policy = ModelPermissionPolicy(Item)
    permission_required = "add"
    form_class = ImportQuestionsForm
    template_name = "quizzes/admin/import.html"
    page_title = _("Import questions")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            parsed = parse_file(data["file"].read(), data["file_format"])
        except ImportFileError as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        result = import_questions(
            parsed,
            language=data["language"],
            status=Item.Status.DRAFT,
            skills=data["skills"],
            key_prefix=data["key_prefix"],
            dry_run=data["dry_run"],
        )
        if result.created and not result.dry_run:
            count = len(result.created)
            messages.success(
                self.request,
                ngettext("%(count)s question imported as a draft.", "%(count)s questions imported as drafts.", count)
                % {"count": count},
            )
        return self.render_to_response(self.get_context_data(form=form, result=result))


import_view = ImportQuestionsView.as_view()
