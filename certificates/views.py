"""Web views: the learner's certificates and downloads, the public verify page, and the issuer's public
documents (did:web, JWKS, issuer profile, status list)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from . import access, credentials
from .models import Certificate
from .pdf import CREDENTIAL_FILENAME, LANGUAGE_CHOICES, render_certificate_pdf
from .presentation import verification

JWT_TYPE = "application/jwt"


def pdf_response(certificate, language):
    response = HttpResponse(render_certificate_pdf(certificate, language), content_type="application/pdf")
    suffix = language.replace("+", "-")
    response["Content-Disposition"] = f'attachment; filename="sauat-certificate-{certificate.public_id}-{suffix}.pdf"'
    return response


def credential_response(certificate):
    response = HttpResponse(certificate.credential, content_type=JWT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{CREDENTIAL_FILENAME}"'
    return response


@login_required
def my_certificates_view(request):
    certificates = list(Certificate.objects.for_user(request.user).select_related("superseded_by"))
    language = request.GET.get("lang", request.LANGUAGE_CODE)
    languages = [
        ("kk", "Қазақша"),
        ("ru", "Русский"),
        ("en", "English"),
        ("kk+ru", "Қазақша + Русский"),
    ]
    return render(
        request,
        "certificates/my_certificates.html",
        {
            "certificates": certificates,
            "languages": languages,
            "language": language if language in LANGUAGE_CHOICES else "kk",
        },
    )


@login_required
@require_GET
def certificate_pdf_view(request, public_id):
    certificate = access.own_certificate(request.user, public_id)
    language = request.GET.get("lang", "kk")
    return pdf_response(certificate, language if language in LANGUAGE_CHOICES else "kk")


@login_required
@require_GET
def certificate_credential_view(request, public_id):
    return credential_response(access.own_certificate(request.user, public_id))


@require_GET
def verify_view(request, public_id):
    try:
        access.check_verify_rate(request)
    except access.RateLimitedError:
        return render(request, "certificates/verify.html", {"rate_limited": True}, status=429)
    certificate = access.public_certificate(public_id)
    return render(
        request,
        "certificates/verify.html",
        {"certificate": certificate, "facts": verification(certificate, request.LANGUAGE_CODE)},
    )


@require_GET
def verify_credential_view(request, public_id):
    try:
        access.check_verify_rate(request)
    except access.RateLimitedError:
        return HttpResponse("Too many requests.", status=429, content_type="text/plain")
    certificate = access.public_certificate(public_id)
    if not certificate.credential:
        return HttpResponse("Withdrawn.", status=410, content_type="text/plain")
    return credential_response(certificate)


@require_GET
@cache_control(public=True, max_age=3600)
def did_document_view(request):
    return JsonResponse(credentials.did_document(), content_type="application/did+json")


@require_GET
@cache_control(public=True, max_age=3600)
def jwks_view(request):
    return JsonResponse(credentials.jwks())


@require_GET
@cache_control(public=True, max_age=3600)
def issuer_view(request):
    return JsonResponse(credentials.issuer_profile(), json_dumps_params={"ensure_ascii": False})


@require_GET
@cache_control(public=True, max_age=300)
def status_list_view(request, number):
    """The signed BitstringStatusListCredential (VC-JWT); verifiers may cache it for 5 minutes."""
    indexes = Certificate.objects.withdrawn_indexes(number)
    if number != 1 and not Certificate.objects.filter(status_list=number).exists():
        return HttpResponse("No such status list.", status=404, content_type="text/plain")
    return HttpResponse(credentials.status_list_credential(number, indexes), content_type=JWT_TYPE)
