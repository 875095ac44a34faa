from django.urls import path

from . import views

app_name = "research"

urlpatterns = [
    path("", views.projects_view, name="projects"),
    path("new/", views.project_new_view, name="project_new"),
    path("<int:project_id>/", views.project_view, name="project"),
    path("<int:project_id>/edit/", views.project_edit_view, name="project_edit"),
    path("<int:project_id>/submit/", views.project_submit_view, name="project_submit"),
    path("<int:project_id>/reopen/", views.project_reopen_view, name="project_reopen"),
    path("<int:project_id>/exports/", views.export_new_view, name="export_new"),
    path("specs/<int:spec_id>/run/", views.spec_run_view, name="spec_run"),
    path("exports/<uuid:export_id>/", views.export_view, name="export"),
    path("exports/<uuid:export_id>/again/", views.export_again_view, name="export_again"),
    path("studies/", views.studies_view, name="studies"),
    path("studies/<int:project_id>/", views.study_view, name="study"),
    path("studies/<int:project_id>/consent/", views.study_consent_view, name="study_consent"),
]
