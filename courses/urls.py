from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("", views.my_learning_view, name="my_learning"),
    path("courses/<int:page_id>/enrol/", views.enrol_view, name="enrol"),
    path("courses/<int:page_id>/leave/", views.leave_view, name="leave"),
    path("lessons/<int:page_id>/complete/", views.complete_lesson_view, name="complete_lesson"),
]
