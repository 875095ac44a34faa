"""What the webinars app holds about one person, for "download my data"."""

from .models import Attendance, CalendarFeed, Question, QuestionVote, Registration


def _iso(value):
    return value.isoformat() if value else None


def export_webinars(user):
    registrations = Registration.objects.for_user(user).select_related("webinar", "intake")
    data = {
        "registrations": [],
        "questions": [
            {"webinar": q.webinar.title, "text": q.text, "status": q.status, "asked_at": _iso(q.created_at)}
            for q in Question.objects.filter(user=user).select_related("webinar")
        ],
        "upvoted_questions": list(QuestionVote.objects.filter(user=user).values_list("question__text", flat=True)),
        "attendance": [
            {
                "webinar": a.webinar.title,
                "source": a.source,
                "first_seen_at": _iso(a.first_seen_at),
                "minutes": a.minutes,
            }
            for a in Attendance.objects.filter(user=user).select_related("webinar")
        ],
        "calendar_feed": None,
    }
    for r in registrations:
        row = {
            "webinar": r.webinar.title,
            "status": r.status,
            "starts_at": _iso(r.starts_at),
            "registered_at": _iso(r.created_at),
            "cancelled_at": _iso(r.cancelled_at),
        }
        intake = getattr(r, "intake", None)
        if intake is not None:
            row["consultation_intake"] = {
                "topic": intake.topic,
                "question": intake.question,
                "consent_text_version": intake.consent_text_version,
                "consent_given_at": _iso(intake.consent_given_at),
            }
        data["registrations"].append(row)
    feed = CalendarFeed.objects.filter(user=user).first()
    if feed is not None:
        data["calendar_feed"] = {"created_at": _iso(feed.created_at)}
    return data
