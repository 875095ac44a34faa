"""LearningEvent -> xAPI 1.0.3 statement (research-export reference §5.1/§5.2). Pure functions, no queries.

Conventions: the actor is an ``account`` (homePage = the platform IRI, name = the keyed pseudonym), never an
``mbox``; the statement id is the event's deterministic uuid5; ``context.registration`` is the learner x course
registration; activity ids are versioned IRIs under the platform IRI; ``category`` carries our profile IRI
(plus the ADL video profile for recordings).
"""

from datetime import UTC

from django.conf import settings

ADL = "http://adlnet.gov/expapi"
TINCAN = "http://id.tincanapi.com"
VIDEO_PROFILE = "https://w3id.org/xapi/video"

VERBS = {
    "enrolled": f"{ADL}/verbs/registered",
    "lesson_viewed": f"{TINCAN}/verb/viewed",
    "lesson_completed": f"{ADL}/verbs/completed",
    "answered": f"{ADL}/verbs/answered",
    "attempt_submitted": f"{ADL}/verbs/completed",
    "webinar_registered": f"{ADL}/verbs/registered",
    "webinar_attended": f"{ADL}/verbs/attended",
    "recording_watched": f"{ADL}/verbs/progressed",
    "certificate_issued": f"{TINCAN}/verb/earned",
    "tutor_asked": f"{ADL}/verbs/asked",
}

VERB_NAMES = {
    f"{ADL}/verbs/registered": "registered",
    f"{TINCAN}/verb/viewed": "viewed",
    f"{ADL}/verbs/completed": "completed",
    f"{ADL}/verbs/answered": "answered",
    f"{ADL}/verbs/attended": "attended",
    f"{ADL}/verbs/progressed": "progressed",
    f"{TINCAN}/verb/earned": "earned",
    f"{ADL}/verbs/asked": "asked",
}


def platform_iri():
    return settings.SAUAT_XAPI_PLATFORM_IRI


def activity_types():
    base = platform_iri()
    return {
        "enrolled": f"{ADL}/activities/course",
        "lesson_viewed": f"{ADL}/activities/module",
        "lesson_completed": f"{ADL}/activities/module",
        "answered": f"{ADL}/activities/cmi.interaction",
        "attempt_submitted": f"{ADL}/activities/assessment",
        "webinar_registered": f"{ADL}/activities/meeting",
        "webinar_attended": f"{ADL}/activities/meeting",
        "recording_watched": f"{VIDEO_PROFILE}/activity-type/video",
        "certificate_issued": f"{base}/xapi/activities/certificate",
        "tutor_asked": f"{base}/xapi/activities/ai-consultant",
    }


def profile_iri():
    return f"{platform_iri()}/xapi/profiles/legal-literacy/v1"


def extension(name):
    return f"{platform_iri()}/xapi/ext/{name}"


# --- IRIs of the objects (versioned where the content has versions) ---------------------------------------


def course_iri(course_key):
    return f"{platform_iri()}/xapi/course/{course_key}"


def lesson_iri(lesson_key, revision=None):
    return f"{platform_iri()}/xapi/lesson/{lesson_key}" + (f"/v{revision}" if revision else "")


def assessment_iri(assessment_id, slug):
    return f"{platform_iri()}/xapi/assessment/{assessment_id}-{slug}"


def item_iri(item_key, version):
    return f"{platform_iri()}/xapi/item/{item_key}/v{version}"


def webinar_iri(webinar_key):
    return f"{platform_iri()}/xapi/webinar/{webinar_key}"


def recording_iri(recording_id):
    return f"{platform_iri()}/xapi/recording/{recording_id}"


def certificate_iri(course_key):
    return f"{platform_iri()}/xapi/certificate/{course_key}"


def tutor_iri():
    return f"{platform_iri()}/xapi/activities/ai-consultant"


LANGUAGE_TAGS = {"kk": "kk-KZ", "ru": "ru-KZ", "en": "en"}

# Context keys of an event -> extension IRIs (ours unless a full IRI is given).
CONTEXT_EXTENSIONS = {
    "test_phase": "test-phase",
    "form_id": "form-id",
    "instrument_version": "instrument-version",
    "item_version": "item-version",
    "legal_source": "legal-source",
    "attempt_id": f"{TINCAN}/extension/attempt-id",
    "mode": "https://w3id.org/xapi/acrossx/extensions/type",
}


def _extension_iri(name):
    return name if name.startswith("http") else extension(name)


def iso_duration(seconds):
    """Seconds -> ISO 8601 duration (PT1H2M3.5S)."""
    seconds = max(float(seconds), 0.0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    text = "PT"
    if hours:
        text += f"{int(hours)}H"
    if minutes:
        text += f"{int(minutes)}M"
    if secs or text == "PT":
        text += f"{round(secs, 2):g}S"
    return text


def _result(event):
    data = event.result or {}
    result = {}
    for key in ("success", "completion", "response"):
        if key in data:
            result[key] = data[key]
    if "score" in data:
        result["score"] = {k: v for k, v in data["score"].items() if v is not None}
    if "duration" in data:
        result["duration"] = iso_duration(data["duration"])
    extensions = {}
    if "progress" in data:  # 0-100, cmi5 progress
        extensions["https://w3id.org/xapi/cmi5/result/extensions/progress"] = data["progress"]
    if "share_watched" in data:  # 0.0-1.0, ADL video profile
        extensions[f"{VIDEO_PROFILE}/extensions/progress"] = data["share_watched"]
    if "topic" in data:
        extensions[extension("topic")] = data["topic"]
    if "handed_over" in data:
        extensions[extension("handed-over")] = data["handed_over"]
    if extensions:
        result["extensions"] = extensions
    return result


def _object(event):
    definition = {"type": activity_types()[event.kind]}
    ctx = event.context or {}
    if event.kind == "answered" and ctx.get("interaction_type"):
        definition["interactionType"] = ctx["interaction_type"]
    if ctx.get("name"):
        definition["name"] = ctx["name"]
    return {"objectType": "Activity", "id": event.object_id, "definition": definition}


def _context(event):
    ctx = event.context or {}
    context = {"platform": "Sauat"}
    if event.registration:
        context["registration"] = str(event.registration)
    if event.language:
        context["language"] = LANGUAGE_TAGS.get(event.language, event.language)
    activities = {"category": [{"id": profile_iri(), "definition": {"type": f"{ADL}/activities/profile"}}]}
    if event.kind == "recording_watched":
        activities["category"].append({"id": VIDEO_PROFILE, "definition": {"type": f"{ADL}/activities/profile"}})
    if event.parent_id:
        activities["parent"] = [{"id": event.parent_id}]
    if event.course_key and event.object_id != course_iri(event.course_key):
        activities["grouping"] = [{"id": course_iri(event.course_key)}]
    context["contextActivities"] = activities
    extensions = {
        _extension_iri(iri): ctx[key] for key, iri in CONTEXT_EXTENSIONS.items() if ctx.get(key) not in (None, "")
    }
    if extensions:
        context["extensions"] = extensions
    return context


def statement(event) -> dict:
    """The xAPI 1.0.3 statement of one learning event (deterministic: the same event gives the same dict)."""
    verb = VERBS[event.kind]
    stmt = {
        "id": str(event.statement_id),
        "actor": {"objectType": "Agent", "account": {"homePage": platform_iri(), "name": event.actor}},
        "verb": {"id": verb, "display": {"en-US": VERB_NAMES[verb]}},
        "object": _object(event),
        "context": _context(event),
        "timestamp": event.occurred_at.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
    }
    result = _result(event)
    if result:
        stmt["result"] = result
    return stmt
