"""Self-service for one's own account: profile, consents, data download, deletion, API tokens."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.models import APIToken

from . import personal_data
from .consent import record_consent
from .forms import ApiTokenForm, DeleteAccountForm, ProfileForm
from .models import ConsentRecord


@login_required
def profile_view(request):
    user = request.user
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=user)
        if form.is_valid():
            with transaction.atomic():
                had_consent = user.has_consent(ConsentRecord.Purpose.DEMOGRAPHICS)
                wants_consent = form.cleaned_data["demographics_consent"]
                form.save()
                if wants_consent != had_consent:
                    record_consent(user, ConsentRecord.Purpose.DEMOGRAPHICS, granted=wants_consent)
                if not wants_consent:
                    user.clear_demographics()
            messages.success(request, _("Your profile has been saved."))
            response = redirect("accounts:profile")
            return response
    else:
        form = ProfileForm(instance=user)
    return render(
        request,
        "accounts/profile.html",
        {"form": form, "consents": user.consents.all()[:50]},
    )


@login_required
def download_data_view(request):
    data = personal_data.export_for(request.user)
    stamp = timezone.localtime().strftime("%Y%m%d")
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="sauat-my-data-{stamp}.json"'
    return response


@login_required
def delete_account_view(request):
    if request.method == "POST":
        form = DeleteAccountForm(request.POST, user=request.user)
        if form.is_valid():
            user = request.user
            logout(request)
            user.delete()
            messages.success(request, _("Your account and all your data have been deleted."))
            return redirect("/")
    else:
        form = DeleteAccountForm(user=request.user)
    return render(request, "accounts/delete_account.html", {"form": form})


@login_required
def api_tokens_view(request):
    new_key = None
    if request.method == "POST":
        form = ApiTokenForm(request.POST)
        if form.is_valid():
            _token, new_key = APIToken.create_token(user=request.user, name=form.cleaned_data["name"])
            form = ApiTokenForm()
    else:
        form = ApiTokenForm()
    return render(
        request,
        "accounts/api_tokens.html",
        {"form": form, "new_key": new_key, "tokens": request.user.api_tokens.filter(revoked_at__isnull=True)},
    )


@login_required
@require_POST
def revoke_api_token_view(request, token_id):
    token = get_object_or_404(APIToken, pk=token_id, user=request.user, revoked_at__isnull=True)
    token.revoke()
    messages.success(request, _("The token has been revoked."))
    return redirect("accounts:api_tokens")
