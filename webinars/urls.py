from django.urls import path

from . import views

app_name = "webinars"

urlpatterns = [
    path("", views.my_webinars_view, name="my_webinars"),
    path("<int:page_id>/register/", views.register_view, name="register"),
    path("<int:page_id>/join/", views.join_view, name="join"),
    path("<int:page_id>/event.ics", views.webinar_ics_view, name="ics"),
    path("<int:page_id>/questions/", views.ask_view, name="ask"),
    path("<int:page_id>/bookings/", views.bookings_view, name="bookings"),
    path("registrations/<int:registration_id>/cancel/", views.cancel_view, name="cancel"),
    path("registrations/<int:registration_id>/event.ics", views.registration_ics_view, name="registration_ics"),
    path("questions/<int:question_id>/vote/", views.vote_view, name="vote"),
    path("questions/<int:question_id>/moderate/", views.moderate_view, name="moderate"),
    path("calendar-feed/", views.calendar_feed_reset_view, name="feed_reset"),
    path("calendar-feed/revoke/", views.calendar_feed_revoke_view, name="feed_revoke"),
    path("captions/<int:caption_id>.vtt", views.captions_view, name="captions"),
]
