"""Tutor questions and answers (issue 7), mounted under /<lang>/tutor/ without a namespace."""

from django.urls import path

from . import views

urlpatterns = [
    # -- questions and answers (issue 7)
    path("", views.tutor_page_view, name="tutor_page"),
    path("answers/<int:answer_id>/rating/", views.ask_rate_view, name="ask_rate"),
]
