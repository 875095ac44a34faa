"""What the certificates app holds about one person, for "download my data"."""

from .models import Certificate


def export_certificates(user):
    return [
        {
            "id": certificate.public_id,
            "name_as_printed": certificate.holder_name,
            "course": certificate.course_title(),
            "issued_at": certificate.issued_at.isoformat(),
            "expires_at": certificate.expires_at.isoformat() if certificate.expires_at else None,
            "status": certificate.effective_status,
            "revoked_at": certificate.revoked_at.isoformat() if certificate.revoked_at else None,
            "revocation_reason": certificate.revocation_reason,
            "credential": certificate.credential,
        }
        for certificate in Certificate.objects.for_user(user)
    ]
