"""POST /api/v1/analytics/recordings/{id}/progress: how much of a webinar recording a learner has watched.

The player reports the share watched; a "recording watched" event is recorded when the learner first
reaches a quarter, half, three quarters and the whole (one event per milestone, so engagement can be
counted without an event per second of video).
"""

from ninja import Field, Router, Schema
from ninja.errors import HttpError

from django.http import Http404
from django.utils.translation import gettext as _

from accounts.auth import API_AUTH

from . import xapi
from .models import Kind, LearningEvent
from .recording import EventData, record

router = Router(tags=["analytics"])
MILESTONES = (0.25, 0.5, 0.75, 1.0)


class ProgressIn(Schema):
    share: float = Field(..., ge=0, le=1, description="Share of the recording watched, 0 to 1.")


class ProgressOut(Schema):
    milestone: float | None
    recorded: bool


def milestone_for(share):
    reached = [m for m in MILESTONES if share >= m - 0.005]  # a player stopping a frame early still counts
    return reached[-1] if reached else None


@router.post("/recordings/{recording_id}/progress", response=ProgressOut, auth=API_AUTH)
def recording_progress(request, recording_id: int, payload: ProgressIn):
    """Record the learner's progress through a recording (signed-in learners; 404 for a hidden recording)."""
    from webinars import access as webinar_access
    from webinars.models import Recording

    recording = Recording.objects.select_related("webinar").filter(pk=recording_id).first()
    if recording is None:
        raise HttpError(404, _("There is no such recording."))
    try:
        webinar = webinar_access.get_webinar(recording.webinar_id)
    except Http404:
        raise HttpError(404, _("There is no such recording.")) from None
    milestone = milestone_for(payload.share)
    if milestone is None:
        return {"milestone": None, "recorded": False}
    iri = xapi.recording_iri(recording.pk)
    user = request.auth
    earlier = (
        LearningEvent.objects.for_user(user)
        .filter(kind=Kind.RECORDING_WATCHED, object_id=iri)
        .values_list("result", flat=True)
    )
    if any((result or {}).get("share_watched", 0) >= milestone for result in earlier):
        return {"milestone": milestone, "recorded": False}
    record(
        EventData(
            Kind.RECORDING_WATCHED,
            user.pk,
            iri,
            course_key=webinar.course.translation_key if webinar.course_id else None,
            parent_id=xapi.webinar_iri(webinar.translation_key),
            language=webinar.language,
            result={"share_watched": milestone, "completion": milestone >= 1.0},
        )
    )
    return {"milestone": milestone, "recorded": True}
