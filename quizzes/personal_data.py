"""What the assessments app holds about one person, for "download my data".

Anonymous survey responses carry no link to the person and so cannot be part of it; the export
lists only that the person took part.
"""

from .models import Attempt
from .models.attempts import SurveyParticipation


def export_assessments(user):
    attempts = Attempt.objects.for_user(user).select_related("assessment").prefetch_related("answers__item")
    return {
        "attempts": [
            {
                "assessment": attempt.assessment.title,
                "kind": attempt.assessment.kind,
                "number": attempt.number,
                "language": attempt.language,
                "state": attempt.state,
                "started_at": attempt.started_at.isoformat(),
                "submitted_at": attempt.submitted_at.isoformat() if attempt.submitted_at else None,
                "score": attempt.score,
                "max_score": attempt.max_score,
                "percent": attempt.percent,
                "passed": attempt.passed,
                "breakdown": attempt.breakdown,
                "calibration": attempt.calibration,
                "answers": [
                    {
                        "question": answer.item.key,
                        "response": answer.response,
                        "confidence": answer.confidence,
                        "correct": answer.is_correct,
                        "saved_at": answer.saved_at.isoformat(),
                    }
                    for answer in attempt.answers.all()
                ],
            }
            for attempt in attempts
        ],
        "anonymous_surveys_taken": [
            {"survey": p.assessment.title, "answered_on": p.answered_on.isoformat()}
            for p in SurveyParticipation.objects.filter(user=user).select_related("assessment")
        ],
    }
