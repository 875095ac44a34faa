"""Admin views for staff: revoke a certificate, correct the printed name, issue by hand or in bulk."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from . import actions
from .exceptions import InvalidCertificateTransitionError
from .forms import IssueForm, ReissueForm, RevokeForm
from .models import Certificate

PERMISSION = "certificates.change_certificate"


def _require(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def _index():
    return reverse("certificates_certificate:index")


def _withdraw_view(request, pk, form_class, title, apply):
    _require(request)
    certificate = get_object_or_404(Certificate, pk=pk)
    form = form_class(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            apply(certificate, form.cleaned_data)
        except InvalidCertificateTransitionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Done."))
            return redirect(_index())
    return render(
        request,
        "certificates/admin/form.html",
        {"form": form, "certificate": certificate, "page_title": title},
    )


def revoke_view(request, pk):
    return _withdraw_view(
        request,
        pk,
        RevokeForm,
        _("Revoke certificate"),
        lambda certificate, data: actions.revoke(certificate, reason=data["reason"], by=request.user),
    )


def reissue_view(request, pk):
    return _withdraw_view(
        request,
        pk,
        ReissueForm,
        _("Correct the name and re-issue"),
        lambda certificate, data: actions.reissue(
            certificate, holder_name=data["holder_name"], reason=data["reason"], by=request.user
        ),
    )


def issue_view(request):
    _require(request)
    form = IssueForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        rule, mode = form.cleaned_data["rule"], form.cleaned_data["mode"]
        if mode == IssueForm.Mode.ONE:
            actions.issue_by_hand(form.cleaned_data["user"], rule.course_key, issued_by=request.user)
            count = 1
        else:
            count = actions.bulk_issue(
                rule.course_key, issued_by=request.user, only_eligible=mode == IssueForm.Mode.ELIGIBLE
            )
        messages.success(request, _("%(count)d certificate(s) issued.") % {"count": count})
        return redirect(_index())
    return render(request, "certificates/admin/form.html", {"form": form, "page_title": _("Issue certificates")})
