"""Whole-page cache for anonymous readers of course and lesson pages.

Anonymous visitors all see the same HTML, so it is rendered once per language and content
generation. The generation number is bumped whenever a page is published, unpublished, moved or
deleted, or a snippet the pages show is saved, so nothing stale is ever served (with Redis the
bump reaches every worker; with the local-memory cache only the current process). Cached pages
carry no CSRF token: forms read it from the csrftoken cookie, which every response sets.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.translation import get_language

GENERATION_KEY = "sauat:page-cache:generation"
SESSION_PROGRESS_KEY = "sauat_completed_lessons"


def timeout():
    return getattr(settings, "SAUAT_PAGE_CACHE_SECONDS", 0)


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY, 1)
    return value


def bump_generation(**kwargs):
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def is_cacheable(request):
    return (
        timeout() > 0
        and request.method == "GET"
        and not request.GET
        and not request.user.is_authenticated
        and not getattr(request, "is_preview", False)
        and not request.session.get(SESSION_PROGRESS_KEY)
        and not request.session.get("_messages")
    )


NON_PAGE_SECTIONS = {"accounts", "learning", "search"}


def _key(request):
    return f"sauat:page:{get_language()}:{request.path}"


def _may_be_cached_page(request):
    """Only /<lang>/... Wagtail page URLs are ever stored; skip the cache lookup for anything else."""
    parts = request.path.split("/", 3)
    languages = {code for code, _name in settings.LANGUAGES}
    return len(parts) > 2 and parts[1] in languages and parts[2] not in NON_PAGE_SECTIONS


class AnonymousPageCacheMixin:
    """Store anonymous GETs of this page type in the cache (see the module docstring)."""

    def serve(self, request, *args, **kwargs):
        get_token(request)  # sets the csrftoken cookie that the page's forms read
        response = super().serve(request, *args, **kwargs)
        if is_cacheable(request) and response.status_code == 200:
            if hasattr(response, "render"):
                response.render()
            cache.set(_key(request), (generation(), response.content), timeout())
        return response


class AnonymousPageCacheMiddleware:
    """Answers a cached page before URL routing: one cache round trip, no database query.

    The entry stores the content generation it was rendered under; it is used only while that
    generation is still current, so one ``get_many`` both finds the page and validates it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _may_be_cached_page(request) and is_cacheable(request):
            key = _key(request)
            found = cache.get_many([GENERATION_KEY, key])
            entry = found.get(key)
            if entry is not None and entry[0] == found.get(GENERATION_KEY, 1):
                get_token(request)
                return HttpResponse(entry[1])
        return self.get_response(request)
