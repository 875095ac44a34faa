from django.urls import path

from . import views

app_name = "quizzes"

urlpatterns = [
    path("<int:assessment_id>/", views.assessment_view, name="assessment"),
    path("<int:assessment_id>/start/", views.start_view, name="start"),
    path("attempts/<uuid:attempt_id>/", views.attempt_view, name="attempt"),
    path("attempts/<uuid:attempt_id>/result/", views.result_view, name="result"),
]
