"""Certificates API: public verification and the learner's own certificates
(/api/v1/certificates/{id}/verify, /api/v1/me/certificates...)."""

from ninja import Router
from ninja.errors import HttpError

from django.utils import translation

from accounts.auth import API_AUTH

from . import access, credentials
from .models import Certificate
from .pdf import LANGUAGE_CHOICES
from .presentation import verification
from .schemas import CertificateSchema, VerificationSchema
from .views import credential_response, pdf_response

router = Router(tags=["certificates"])


@router.get("/certificates/{public_id}/verify", response=VerificationSchema, auth=None)
def verify(request, public_id: str, lang: str = ""):
    """Anyone may check a certificate by its public id; lookups are rate-limited per client (429)."""
    access.check_verify_rate(request)
    return verification(access.public_certificate(public_id), lang or translation.get_language())


@router.get("/me/certificates", response=list[CertificateSchema], auth=API_AUTH)
def my_certificates(request, lang: str = ""):
    language = lang or translation.get_language()
    return [
        {
            "id": certificate.public_id,
            "course_key": str(certificate.course_key),
            "course": certificate.course_title(language),
            "holder_name": certificate.holder_name,
            "status": certificate.effective_status,
            "issued_at": certificate.issued_at,
            "expires_at": certificate.expires_at,
            "verify_url": credentials.verify_url(certificate.public_id),
            "pdf_url": f"/api/v1/me/certificates/{certificate.public_id}/pdf",
            "credential_url": f"/api/v1/me/certificates/{certificate.public_id}/credential",
        }
        for certificate in Certificate.objects.for_user(request.user)
    ]


@router.get("/me/certificates/{public_id}/pdf", auth=API_AUTH)
def my_certificate_pdf(request, public_id: str, lang: str = "kk"):
    """The PDF/A-3b certificate (another learner's id gives 404)."""
    certificate = access.own_certificate(request.user, public_id)
    if lang not in LANGUAGE_CHOICES:
        raise HttpError(422, f"lang must be one of {', '.join(LANGUAGE_CHOICES)}.")
    return pdf_response(certificate, lang)


@router.get("/me/certificates/{public_id}/credential", auth=API_AUTH)
def my_certificate_credential(request, public_id: str):
    """The signed Open Badges 3.0 credential (VC-JWT)."""
    return credential_response(access.own_certificate(request.user, public_id))
