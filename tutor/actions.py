"""Tutor workflows with side effects: applying graded answers to the learner model, resetting a skill.

``record_answers`` is the one entry point for every graded answer (lesson checks when checked,
quizzes and pre/post tests when submitted, the daily review): it updates BKT mastery per skill,
Elo ability and item difficulty, and the learner's review cards, in one transaction.
"""

import uuid

from django.db import transaction
from django.utils import timezone

from courses.models import Skill

from . import bkt, review
from .models import ItemDifficulty, Observation, ReviewCard, SkillParams, SkillState, TutorProfile
from .models.learner import default_params


def params_for(skills):
    """{skill id: (params dict, version)} for ``skills``; version 0 means the defaults."""
    stored = {p.skill_id: p for p in SkillParams.objects.filter(skill__in=skills)}
    defaults = default_params()
    return {
        skill.pk: (stored[skill.pk].as_dict(), stored[skill.pk].version) if skill.pk in stored else (defaults, 0)
        for skill in skills
    }


def record_answers(user, answers, *, attempt_id, source, now=None):
    """Apply graded answers, in the order given, to ``user``'s learner model.

    ``answers`` is a list of ``(item_id, skill_codes, correct)``. An answer already applied for this
    attempt (a checked lesson answer, then the attempt's submission; a retried signal) is skipped.
    Returns the number of (answer, skill) pairs applied.
    """
    now = now or timezone.now()
    answers = [(item_id, codes, bool(correct)) for item_id, codes, correct in answers]
    if not answers:
        return 0
    with transaction.atomic():
        # The profile row lock serialises concurrent updates of one learner's model.
        TutorProfile.objects.get_or_create(user=user)
        profile = TutorProfile.objects.select_for_update().get(user=user)
        skills = {s.code: s for s in Skill.objects.filter(code__in={c for _i, codes, _c in answers for c in codes})}
        params = params_for(list(skills.values()))
        states = {s.skill_id: s for s in SkillState.objects.for_user(user).filter(skill__in=skills.values())}
        seen = set(Observation.objects.filter(user=user, attempt_id=attempt_id).values_list("skill_id", "item_id"))
        item_ids = {item_id for item_id, _codes, _c in answers}
        ratings = {d.item_id: d for d in ItemDifficulty.objects.filter(item_id__in=item_ids)}
        cards = {c.item_id: c for c in ReviewCard.objects.for_user(user).filter(item_id__in=item_ids)}
        observations, touched_items = [], set()
        for item_id, codes, correct in answers:
            applied = False
            for code in codes:
                skill = skills.get(code)
                if skill is None or (skill.pk, item_id) in seen:
                    continue
                values, version = params[skill.pk]
                state = states.get(skill.pk) or SkillState(user=user, skill=skill, p_mastered=values["prior"])
                before = state.p_mastered
                state.p_mastered = bkt.update(before, correct, values)
                state.attempts += 1
                state.correct += correct
                state.last_seen = now
                state.params_version = version
                states[skill.pk] = state
                seen.add((skill.pk, item_id))
                observations.append(
                    Observation(
                        user=user,
                        skill=skill,
                        item_id=item_id,
                        attempt_id=attempt_id,
                        source=source,
                        correct=correct,
                        p_before=before,
                        p_after=state.p_mastered,
                        created_at=now,
                    )
                )
                applied = True
            if not applied or item_id in touched_items:
                continue
            touched_items.add(item_id)
            rating = ratings.get(item_id) or ItemDifficulty(item_id=item_id)
            profile.ability, rating.rating = bkt.elo_update(
                profile.ability,
                rating.rating,
                correct,
                learner_answers=profile.answers,
                item_answers=rating.answers,
            )
            profile.answers += 1
            rating.answers += 1
            rating.save()
            card = cards.get(item_id)
            if card is not None or not correct:
                card = card or ReviewCard(user=user, item_id=item_id)
                card.card, card.due = review.review(
                    card.card if card.pk else None, correct, now, card_id=item_id * 1000 + user.pk % 1000
                )
                card.reviews += 1
                if not correct:
                    card.lapses += 1
                    card.last_missed_at = now
                card.save()
        for state in states.values():
            if state._state.adding or state.last_seen == now:
                state.save()
        Observation.objects.bulk_create(observations)
        profile.save(update_fields=["ability", "answers"])
    return len(observations)


def new_review_id():
    """The attempt id of one daily review session (answers in a session count once per question)."""
    return uuid.uuid4()


def reset_skill(user, skill):
    """The learner's override: forget everything the model learned about them on this skill."""
    with transaction.atomic():
        SkillState.objects.for_user(user).filter(skill=skill).delete()
        Observation.objects.filter(user=user, skill=skill).delete()
