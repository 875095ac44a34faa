"""Admin report: results per assessment (attempts, mean score, pass rate, per language)."""

from django.core.exceptions import PermissionDenied
from django.db.models import Avg, Count, Q
from django.shortcuts import render
from django.utils.translation import gettext as _

from wagtail.permission_policies import ModelPermissionPolicy

from .models import Assessment, Attempt


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Attempts are evidence: staff may look, nobody edits or deletes them from the admin."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)


def results_view(request):
    if not request.user.has_perm("quizzes.view_attempt"):
        raise PermissionDenied
    rows = (
        Assessment.objects.annotate(
            started=Count("attempts"),
            submitted=Count("attempts", filter=Q(attempts__state=Attempt.State.SUBMITTED)),
            mean=Avg("attempts__percent", filter=Q(attempts__state=Attempt.State.SUBMITTED)),
            passed=Count("attempts", filter=Q(attempts__passed=True)),
            graded=Count("attempts", filter=Q(attempts__passed__isnull=False)),
        )
        .select_related("course")
        .order_by("kind", "slug")
    )
    by_language = {
        (row["assessment"], row["language"]): row
        for row in Attempt.objects.submitted()
        .values("assessment", "language")
        .annotate(n=Count("pk"), mean=Avg("percent"))
    }
    table = []
    for row in rows:
        table.append(
            {
                "assessment": row,
                "pass_rate": round(100 * row.passed / row.graded) if row.graded else None,
                "languages": [by_language.get((row.pk, code)) for code in ("kk", "ru", "en")],
            }
        )
    return render(request, "quizzes/admin/results.html", {"table": table, "header_title": _("Assessment results")})
