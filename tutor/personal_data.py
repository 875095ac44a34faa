"""What the tutor's question log holds about one person, for "download my data".

The log stores a keyed hash of the user id, never the id; the person's own questions are found by
computing the same hash. Deleting the account deletes them (tutor/indexing.py).
"""

from .models import QuestionLog


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
