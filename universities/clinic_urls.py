"""Public legal clinic directory: /<lang>/clinics/ and /<lang>/clinics/<slug>/."""

from django.urls import path

from . import public_views

app_name = "clinics"

urlpatterns = [
    path("", public_views.directory_view, name="directory"),
    path("<slug:slug>/", public_views.clinic_view, name="detail"),
    path("<slug:slug>/thanks/", public_views.thanks_view, name="thanks"),
]
