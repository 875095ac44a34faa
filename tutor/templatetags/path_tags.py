"""Learning-path pieces shown on course pages, lesson pages and the "My learning" dashboard."""

from django import template
from django.utils.translation import get_language

from tutor import path

register = template.Library()


@register.simple_tag(takes_context=True)
def skippable_lessons(context, lessons):
    """Translation keys of the lessons the signed-in learner may skip (empty for visitors)."""
    request = context.get("request")
    return path.skippable_keys(getattr(request, "user", None), lessons)


@register.inclusion_tag("tutor/includes/next_step.html", takes_context=True)
def next_step_panel(context):
    """The first next step with its reason, for the dashboard."""
    request = context.get("request")
    user = getattr(request, "user", None)
    steps = path.next_steps(user, get_language()) if getattr(user, "is_authenticated", False) else []
    return {"step": steps[0] if steps else None, "skippable": False, "request": request}


@register.simple_tag(takes_context=True)
def lesson_variant(context, lesson):
    """ "plain" or "detailed": which version of the lesson's adapted passages this learner sees."""
    request = context.get("request")
    return path.content_variant(getattr(request, "user", None), lesson)
