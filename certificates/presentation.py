"""What a verification shows, for the public page and the API alike: nothing about the person but the
name as printed."""

from django.conf import settings

from . import credentials


def signature_checks(certificate) -> bool:
    """The stored credential verifies against our published keys and names this certificate."""
    payload = credentials.verify_jwt(certificate.credential) if certificate.credential else None
    return bool(payload) and payload.get("id") == f"urn:uuid:{certificate.credential_id}"


def verification(certificate, language=None) -> dict:
    return {
        "id": certificate.public_id,
        "status": certificate.effective_status,
        "holder_name": certificate.holder_name,
        "course": certificate.course_title(language),
        "issued_on": certificate.issued_at.date(),
        "expires_on": certificate.expires_at.date() if certificate.expires_at else None,
        "issuer": settings.SAUAT_CERT_ISSUER_NAME,
        "issuer_id": credentials.issuer_did(),
        "signature_valid": signature_checks(certificate),
    }
