from datetime import date, datetime

from ninja import Field, Schema


class VerificationSchema(Schema):
    id: str = Field(description="The certificate's public id (128 random bits).")
    status: str = Field(description="valid, expired, revoked or superseded")
    holder_name: str = Field(description="The name as printed on the certificate (empty once withdrawn).")
    course: str
    issued_on: date
    expires_on: date | None
    issuer: str
    issuer_id: str = Field(description="The issuer's did:web.")
    signature_valid: bool = Field(description="The stored Open Badges credential verifies with the issuer's key.")


class CertificateSchema(Schema):
    id: str
    course_key: str
    course: str
    holder_name: str
    status: str
    issued_at: datetime
    expires_at: datetime | None
    verify_url: str
    pdf_url: str = Field(description="Add ?lang=kk|ru|en|kk%2Bru to choose the language.")
    credential_url: str
