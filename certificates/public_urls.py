"""Public, language-neutral URLs: the verify page the QR code points at and the issuer's documents."""

from django.urls import path

from . import views

urlpatterns = [
    path("verify/<str:public_id>", views.verify_view, name="certificates_verify"),
    path("verify/<str:public_id>/credential.jwt", views.verify_credential_view, name="certificates_verify_credential"),
    path(".well-known/did.json", views.did_document_view, name="certificates_did"),
    path(".well-known/jwks.json", views.jwks_view, name="certificates_jwks"),
    path("certificates/issuer", views.issuer_view, name="certificates_issuer"),
    path("certificates/status/<int:number>", views.status_list_view, name="certificates_status_list"),
]
