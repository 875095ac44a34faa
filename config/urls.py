from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import views as cms_views
from research.downloads import download_view as research_download_view
from webinars import views as webinar_views

from .api import api

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("healthz", cms_views.health_view, name="health"),
    path("", include("certificates.public_urls")),
    path("research/download/<str:token>", research_download_view, name="research_download"),
    path("calendar/<str:token>.ics", webinar_views.calendar_feed_view, name="webinars_calendar_feed"),
    path("favicon.ico", RedirectView.as_view(url=settings.STATIC_URL + "img/favicon.svg", permanent=True)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("accounts/", include("accounts.urls")),
    path("learning/webinars/", include("webinars.urls")),
    path("learning/certificates/", include("certificates.urls")),
    path("learning/", include("tutor.urls")),
    path("learning/", include("courses.urls")),
    path("quizzes/", include("quizzes.urls")),
    path("search/", cms_views.search_view, name="search"),
    path("university/", include("universities.urls")),
    path("clinics/", include("universities.clinic_urls")),
    path("tutor/", include("tutor.ask_urls")),
    path("analytics/", include("analytics.urls")),
    path("research/", include("research.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
