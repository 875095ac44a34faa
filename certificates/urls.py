"""The learner's certificates (language-prefixed, under /<lang>/learning/certificates/)."""

from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("", views.my_certificates_view, name="mine"),
    path("<str:public_id>/pdf/", views.certificate_pdf_view, name="pdf"),
    path("<str:public_id>/credential/", views.certificate_credential_view, name="credential"),
]
