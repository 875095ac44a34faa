"""Who may see or change what in the learning path: each learner only their own rows.

Another learner's recommendation, an unknown id and a bad id all give the same 404.
"""

from django.http import Http404

from courses.models import Skill

from .models import Recommendation


def get_recommendation(user, recommendation_id) -> Recommendation:
    try:
        return Recommendation.objects.for_user(user).get(pk=int(recommendation_id))
    except (Recommendation.DoesNotExist, TypeError, ValueError):
        raise Http404("No such recommendation.") from None


def get_skill(code) -> Skill:
    skill = Skill.objects.filter(code=code).first()
    if skill is None:
        raise Http404("No such skill.")
    return skill
