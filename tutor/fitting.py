"""Re-fit each skill's BKT parameters from the learners' answers (EM), as a background job.

A skill is re-fitted once it has at least SAUAT_TUTOR_FIT_MIN_SEQUENCES learner sequences; the
answers of one learner on one skill, in order, form one sequence. Review answers are left out (they
are chosen by the scheduler, not by the course). The new parameters get the next version number;
existing mastery estimates keep the version they were computed with until the learner answers again.
"""

from django_tasks import task

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from courses.models import Skill

from . import bkt
from .models import Observation, SkillParams
from .models.learner import default_params


def sequences_by_skill():
    rows = (
        Observation.objects.exclude(source=Observation.Source.REVIEW)
        .order_by("skill_id", "user_id", "created_at", "pk")
        .values_list("skill_id", "user_id", "correct")
    )
    grouped = {}
    for skill_id, user_id, correct in rows.iterator(chunk_size=5000):
        grouped.setdefault(skill_id, {}).setdefault(user_id, []).append(int(correct))
    return {skill_id: list(users.values()) for skill_id, users in grouped.items()}


def fit_all(min_sequences=None):
    """Fit every skill with enough data; returns {skill code: (params, sequences)} of those fitted."""
    min_sequences = settings.SAUAT_TUTOR_FIT_MIN_SEQUENCES if min_sequences is None else min_sequences
    fitted = {}
    skills = Skill.objects.in_bulk()
    for skill_id, sequences in sequences_by_skill().items():
        if len(sequences) < max(min_sequences, 1):
            continue
        current = SkillParams.objects.filter(skill_id=skill_id).first()
        result = bkt.fit_em(sequences, current.as_dict() if current else default_params())
        with transaction.atomic():
            params, created = SkillParams.objects.select_for_update().get_or_create(
                skill_id=skill_id, defaults={**result.params, "version": 1}
            )
            if not created:
                for name, value in result.params.items():
                    setattr(params, name, value)
                params.version += 1
            params.fitted_at = timezone.now()
            params.sequences = result.sequences
            params.save()
        fitted[skills[skill_id].code] = (result.params, result.sequences)
    return fitted


@task()
def refit_skill_params() -> int:
    """The background job: re-fit every skill with enough data; returns how many were fitted."""
    return len(fit_all())
