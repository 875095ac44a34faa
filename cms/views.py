from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language

from wagtail.models import Locale, Page

from . import search_providers


def health_view(request):
    return HttpResponse("ok", content_type="text/plain")


def search_view(request):
    """Site search over live pages in the current language."""
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    extra = {}
    if query:
        results = Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
        extra = search_providers.search(query, get_language())
    page_obj = Paginator(results, 10).get_page(request.GET.get("page"))
    return render(request, "cms/search.html", {"query": query, "page_obj": page_obj, "extra": extra})
