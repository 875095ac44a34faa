"""What the learning path holds about one person, for "download my data" (deleted with the account)."""

from .models import Observation, QuestionLog, Recommendation, ReviewCard, SkillState, TutorProfile


def export_learning_path(user):
    profile = TutorProfile.objects.filter(user=user).prefetch_related("interests").first()
    return {
        "settings": (
            {
                "personalised": profile.personalised,
                "detail": profile.detail,
                "review_reminders": profile.review_reminders,
                "interests": [topic.slug for topic in profile.interests.all()],
                "elo_ability": profile.ability,
            }
            if profile
            else None
        ),
        "mastery": [
            {
                "skill": s.skill.code,
                "estimated_mastery": round(s.p_mastered, 4),
                "answers": s.attempts,
                "correct": s.correct,
                "last_answer": s.last_seen.isoformat(),
                "model_version": s.params_version,
            }
            for s in SkillState.objects.for_user(user).select_related("skill").order_by("skill__code")
        ],
        "graded_answers": [
            {
                "skill": o.skill.code,
                "question": o.item.key,
                "source": o.source,
                "correct": o.correct,
                "mastery_before": round(o.p_before, 4),
                "mastery_after": round(o.p_after, 4),
                "at": o.created_at.isoformat(),
            }
            for o in Observation.objects.filter(user=user).select_related("skill", "item")
        ],
        "review_cards": [
            {
                "question": c.item.key,
                "due": c.due.isoformat(),
                "reviews": c.reviews,
                "times_missed": c.lapses,
                "fsrs_card": c.card,
            }
            for c in ReviewCard.objects.for_user(user).select_related("item")
        ],
        "recommendations": [
            {
                "at": r.created_at.isoformat(),
                "kind": r.kind,
                "title": r.title,
                "reason": r.reason,
                "rule": r.rule,
                "inputs": r.inputs,
                "model_version": r.model_version,
                "status": r.status,
            }
            for r in Recommendation.objects.for_user(user)
        ],
    }


# The question log stores a keyed hash of the user id, never the id; the person's own questions are
# found by computing the same hash. Deleting the account deletes them (tutor/indexing.py).


def export_questions(user):
    return [
        {
            "asked_at": log.created_at.isoformat(),
            "question": log.question,
            "language": log.language,
            "action": log.action,
            "answer": log.answer,
            "ratings": [rating.verdict for rating in log.ratings.all()],
        }
        for log in QuestionLog.objects.for_user(user).prefetch_related("ratings")
    ]
