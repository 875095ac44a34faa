"""Webinars and consultation hours: pages, speakers, registrations, questions, attendance, recordings."""

from .engagement import Attendance, Question, QuestionVote
from .pages import Language, WebinarIndexPage, WebinarPage, WebinarPageSpeaker
from .recordings import Caption, CaptionCue, Recording, RecordingChapter
from .registrations import CalendarFeed, ConsultationIntake, Registration, SentReminder
from .speakers import Speaker

__all__ = [
    "Attendance",
    "CalendarFeed",
    "Caption",
    "CaptionCue",
    "ConsultationIntake",
    "Language",
    "Question",
    "QuestionVote",
    "Recording",
    "RecordingChapter",
    "Registration",
    "SentReminder",
    "Speaker",
    "WebinarIndexPage",
    "WebinarPage",
    "WebinarPageSpeaker",
]
