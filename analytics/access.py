"""The one place that decides who sees which analytics (pages, downloads and the API alike).

- Editors (the "Editors" and "Legal reviewers" groups, Wagtail's "Moderators") and superusers see the editor
  dashboard: funnel, drop-off and item quality of every course.
- University staff see the staff dashboard for their own cohorts only: administrators every cohort of their
  university, instructors the cohorts they teach (``universities.access.visible_cohorts``).
- Everyone sees the public impact page.
- Learning events and the xAPI forwarding status: staff with the "view learning event" permission.
Anything else, including a cohort or course that does not exist or belongs to another university, is
"not found" (404), never "forbidden", so no response reveals that it exists.
"""

import uuid

from django.http import Http404

from accounts import roles
from courses.models import CoursePage
from universities import access as university_access

EDITOR_GROUPS = (roles.EDITORS, roles.LEGAL_REVIEWERS, "Moderators")


def _signed_in(user):
    return user is not None and user.is_authenticated and user.is_active


def is_editor(user) -> bool:
    """Editors, legal reviewers and moderators (content people) and superusers."""
    if not _signed_in(user):
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_analytics_is_editor", None)
    if cached is None:
        cached = user.groups.filter(name__in=EDITOR_GROUPS).exists()
        user._analytics_is_editor = cached
    return cached


def require_editor(user):
    if not is_editor(user):
        raise Http404("No analytics here.")


def dashboard_cohorts(user):
    """Cohorts whose analytics the person may see (the same as the roster)."""
    return university_access.visible_cohorts(user)


def cohort_ids(user) -> list[int]:
    """Ids of every cohort the person may see; 404 when there is none (not university staff)."""
    ids = sorted(dashboard_cohorts(user).values_list("pk", flat=True))
    if not ids:
        raise Http404("No analytics here.")
    return ids


def get_cohort(user, cohort_id):
    """One cohort the person may see, or 404 (another university's cohort too)."""
    return university_access.get_cohort(user, cohort_id)


def parse_course_key(value):
    """A course translation key from a URL or query string, or 404 when it is not one."""
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError):
        raise Http404("No such course.") from None


def get_course_key(user, value):
    """An existing course's key that an editor may analyse, or 404."""
    require_editor(user)
    key = parse_course_key(value)
    if not CoursePage.objects.live().filter(translation_key=key).exists():
        raise Http404("No such course.")
    return key


def cohort_course_key(cohort, value):
    """A course key that belongs to ``cohort``, or 404."""
    key = parse_course_key(value)
    if not cohort.courses.filter(translation_key=key).exists():
        raise Http404("No such course.")
    return key


def can_view_events(user) -> bool:
    """Learning events and the xAPI forwarding status: staff with the "view learning event" permission."""
    return bool(user and user.is_authenticated and user.has_perm("analytics.view_learningevent"))
