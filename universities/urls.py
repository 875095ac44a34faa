from django.urls import path

from . import public_views, views

app_name = "universities"

urlpatterns = [
    path("", views.dashboard_view, name="dashboard"),
    path("join/", public_views.join_code_view, name="join_code"),
    path("join/<str:code>/", public_views.join_view, name="join"),
    path("cohorts/<int:cohort_id>/", views.roster_view, name="roster"),
    path("cohorts/<int:cohort_id>/at-risk/", views.at_risk_view, name="at_risk"),
    path("cohorts/<int:cohort_id>/grades.csv", views.grades_view, {"file_format": "csv"}, name="grades_csv"),
    path("cohorts/<int:cohort_id>/grades.xlsx", views.grades_view, {"file_format": "xlsx"}, name="grades_xlsx"),
    path("cohorts/<int:cohort_id>/import/", views.import_upload_view, name="import_upload"),
    path("cohorts/<int:cohort_id>/students/<int:student_id>/", views.student_view, name="student"),
    path("cohorts/<int:cohort_id>/students/<int:student_id>/remove/", views.remove_student_view, name="remove"),
    path("imports/<int:import_id>/", views.import_view, name="import"),
    path("imports/<int:import_id>/confirm/", views.import_confirm_view, name="import_confirm"),
    path("clinics/<int:clinic_id>/", views.clinic_queue_view, name="clinic_queue"),
    path("intakes/<int:intake_id>/", views.intake_view, name="intake"),
    path("intakes/<int:intake_id>/assign/", views.intake_assign_view, name="intake_assign"),
    path("intakes/<int:intake_id>/answer/", views.intake_answer_view, name="intake_answer"),
    path("intakes/<int:intake_id>/close/", views.intake_close_view, name="intake_close"),
]
