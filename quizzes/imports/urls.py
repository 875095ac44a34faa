"""Include under the admin, e.g. ``path("quizzes/import/", include("quizzes.imports.urls"))``."""

from django.urls import path

from wagtail.admin.auth import require_admin_access

from . import views

app_name = "quiz_import"

urlpatterns = [
    # require_admin_access also when included outside Wagtail's admin URLs; it turns a refused
    # permission check into Wagtail's "you do not have permission" response.
    path("", require_admin_access(views.import_view), name="import"),
]
