from django.urls import path

from . import views

app_name = "tutor"

urlpatterns = []

# Learning path (issue 6), mounted under /<lang>/learning/.
urlpatterns += [
    path("path/", views.path_view, name="path"),
    path("path/review/", views.path_review_view, name="path_review"),
    path("path/how-it-works/", views.path_how_view, name="path_how"),
    path("path/settings/", views.path_preferences_view, name="path_preferences"),
    path("path/next/", views.path_next_view, name="path_next"),
    path("path/steps/<int:recommendation_id>/dismiss/", views.path_dismiss_view, name="path_dismiss"),
    path("path/mastery/<str:code>/reset/", views.mastery_reset_view, name="mastery_reset"),
]
