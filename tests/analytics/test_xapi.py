"""Statements are well-formed xAPI 1.0.3 (checked offline here; Ralph accepting them is test_forwarding)."""

import re
import uuid
from datetime import UTC, datetime

import pytest

from analytics import xapi
from analytics.models import Kind
from analytics.recording import EventData

pytestmark = pytest.mark.django_db

COURSE_KEY = uuid.UUID("11111111-2222-3333-4444-555555555555")
IRI = re.compile(r"^https?://[^\s]+$")
AT = datetime(2026, 12, 4, 10, 30, 15, 123456, tzinfo=UTC)


def build(kind, **fields):
    fields.setdefault("object_id", xapi.course_iri(COURSE_KEY))
    return EventData(kind, 42, occurred_at=AT, **fields).build()


def check_well_formed(stmt):
    """The required parts of a statement (xAPI 1.0.3 §2.4) and our conventions (reference §5.1)."""
    assert set(stmt) >= {"id", "actor", "verb", "object", "timestamp", "context"}
    uuid.UUID(stmt["id"])
    assert stmt["actor"]["objectType"] == "Agent"
    assert set(stmt["actor"]) == {"objectType", "account"}  # never mbox / mbox_sha1sum / name
    assert IRI.match(stmt["actor"]["account"]["homePage"]) and stmt["actor"]["account"]["name"]
    assert IRI.match(stmt["verb"]["id"]) and stmt["verb"]["display"]["en-US"]
    assert stmt["object"]["objectType"] == "Activity" and IRI.match(stmt["object"]["id"])
    assert IRI.match(stmt["object"]["definition"]["type"])
    assert stmt["timestamp"].endswith("Z")
    datetime.fromisoformat(stmt["timestamp"].replace("Z", "+00:00"))
    activities = stmt["context"]["contextActivities"]
    assert xapi.profile_iri() in [a["id"] for a in activities["category"]]
    for group in activities.values():
        assert all(IRI.match(a["id"]) for a in group)
    for iri in stmt["context"].get("extensions", {}):
        assert IRI.match(iri)
    for iri in stmt.get("result", {}).get("extensions", {}):
        assert IRI.match(iri)


@pytest.mark.parametrize("kind", Kind.values)
def test_every_kind_gives_a_well_formed_statement(kind):
    stmt = xapi.statement(build(kind, course_key=COURSE_KEY, language="kk"))
    check_well_formed(stmt)
    assert stmt["verb"]["id"] == xapi.VERBS[kind]
    assert stmt["object"]["definition"]["type"] == xapi.activity_types()[kind]
    assert stmt["context"]["language"] == "kk-KZ"


def test_enrolment_carries_the_registration_and_no_grouping_of_itself():
    event = build(Kind.ENROLLED, course_key=COURSE_KEY, language="ru")
    stmt = xapi.statement(event)
    assert stmt["context"]["registration"] == str(event.registration)
    assert stmt["context"]["language"] == "ru-KZ"
    assert "grouping" not in stmt["context"]["contextActivities"]
    assert stmt["verb"]["id"] == "http://adlnet.gov/expapi/verbs/registered"
    # the same learner and course give the same registration in every statement
    other = build(Kind.LESSON_COMPLETED, course_key=COURSE_KEY, object_id=xapi.lesson_iri(uuid.uuid4(), 3))
    assert other.registration == event.registration
    assert xapi.statement(other)["context"]["contextActivities"]["grouping"] == [{"id": xapi.course_iri(COURSE_KEY)}]


def test_an_answer_is_an_interaction_with_phase_form_and_attempt():
    event = build(
        Kind.ANSWERED,
        object_id=xapi.item_iri("consumer-q1", 3),
        parent_id=xapi.assessment_iri(7, "post-test"),
        course_key=COURSE_KEY,
        language="en",
        result={"response": "b", "success": True, "score": {"raw": 1.0}},
        context={
            "interaction_type": "choice",
            "test_phase": "pre",
            "form_id": "A",
            "attempt_id": "abc",
            "item_version": 3,
        },
    )
    stmt = xapi.statement(event)
    check_well_formed(stmt)
    assert stmt["object"]["id"].endswith("/item/consumer-q1/v3")
    assert stmt["object"]["definition"]["interactionType"] == "choice"
    assert stmt["result"] == {"response": "b", "success": True, "score": {"raw": 1.0}}
    ext = stmt["context"]["extensions"]
    assert ext[xapi.extension("test-phase")] == "pre"
    assert ext[xapi.extension("form-id")] == "A"
    assert ext["http://id.tincanapi.com/extension/attempt-id"] == "abc"
    assert stmt["context"]["contextActivities"]["parent"] == [{"id": xapi.assessment_iri(7, "post-test")}]


def test_a_scored_attempt_has_scaled_score_and_duration():
    event = build(
        Kind.ATTEMPT_SUBMITTED,
        object_id=xapi.assessment_iri(7, "post-test"),
        result={
            "completion": True,
            "success": False,
            "duration": 3725.5,
            "score": {"raw": 3, "min": 0, "max": 6, "scaled": 0.5},
        },
    )
    result = xapi.statement(event)["result"]
    assert result["duration"] == "PT1H2M5.5S"
    assert result["score"]["scaled"] == 0.5 and result["success"] is False


def test_a_recording_carries_the_video_profile_and_progress():
    event = build(Kind.RECORDING_WATCHED, object_id=xapi.recording_iri(5), result={"share_watched": 0.75})
    stmt = xapi.statement(event)
    assert "https://w3id.org/xapi/video" in [a["id"] for a in stmt["context"]["contextActivities"]["category"]]
    assert stmt["result"]["extensions"]["https://w3id.org/xapi/video/extensions/progress"] == 0.75


def test_the_tutor_statement_has_no_text():
    event = build(Kind.TUTOR_ASKED, object_id=xapi.tutor_iri(), result={"topic": "consumer", "handed_over": True})
    stmt = xapi.statement(event)
    assert set(stmt["result"]) == {"extensions"}
    assert set(stmt["result"]["extensions"].values()) == {"consumer", True}


def test_statement_ids_are_deterministic_and_distinct():
    a, b = build(Kind.ENROLLED), build(Kind.ENROLLED)
    assert a.statement_id == b.statement_id
    assert xapi.statement(a) == xapi.statement(b)
    later = EventData(Kind.ENROLLED, 42, xapi.course_iri(COURSE_KEY), occurred_at=AT.replace(second=16)).build()
    other_verb = build(Kind.CERTIFICATE_ISSUED)
    other_person = EventData(Kind.ENROLLED, 43, xapi.course_iri(COURSE_KEY), occurred_at=AT).build()
    assert len({a.statement_id, later.statement_id, other_verb.statement_id, other_person.statement_id}) == 4


def test_the_platform_iri_is_a_setting(settings):
    settings.SAUAT_XAPI_PLATFORM_IRI = "https://lrs-mirror.university.kz"
    stmt = xapi.statement(build(Kind.ENROLLED))
    assert stmt["actor"]["account"]["homePage"] == "https://lrs-mirror.university.kz"
    assert stmt["context"]["contextActivities"]["category"][0]["id"].startswith("https://lrs-mirror.university.kz/")
