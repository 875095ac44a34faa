"""The "Needs legal review" report: live pages citing acts that were amended or repealed."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from .models import LegalAct


def needs_legal_review_view(request):
    if not request.user.has_perm("cms.change_legalact"):
        raise PermissionDenied
    rows = []
    for act in LegalAct.objects.needing_review():
        pages = list(act.citing_pages())
        rows.append({"act": act, "pages": pages})
    return render(request, "cms/admin/needs_legal_review.html", {"rows": rows})
