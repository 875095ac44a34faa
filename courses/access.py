"""The one place that decides which course and lesson pages a request may act on.

Only live (published) pages are visible to learners; drafts, private pages and unknown ids all
give the same "not found", so no response reveals that an unpublished page exists.
"""

from django.http import Http404

from wagtail.models import PageViewRestriction

from .models import CoursePage, LessonPage


def _public(queryset):
    restricted = PageViewRestriction.objects.values_list("page__path", flat=True)
    for path in restricted:
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def get_course(page_id) -> CoursePage:
    course = _public(CoursePage.objects.live()).filter(pk=page_id).first()
    if course is None:
        raise Http404("No such course.")
    return course


def get_lesson(page_id) -> LessonPage:
    lesson = _public(LessonPage.objects.live()).filter(pk=page_id).first()
    if lesson is None:
        raise Http404("No such lesson.")
    return lesson


def visible_courses():
    return _public(CoursePage.objects.live())
