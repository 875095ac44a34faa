"""Template helpers of the research app: whether the signed-in person sees the "Research" link."""

from django import template

from .. import access

register = template.Library()


@register.filter
def is_researcher(user):
    """People in the "Researchers" group (and superusers) see their research projects."""
    return access.can_create_projects(user)
