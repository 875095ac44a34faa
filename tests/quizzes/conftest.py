"""A small item bank built in code: one item of every kind, so tests do not depend on demo wording."""

import pytest

from cms.models import LegalAct
from courses.models import Skill
from quizzes.models import Assessment, AssessmentItem, Blueprint, BlueprintRule, Item, Option, Scenario

T = {"kk": "{} (kk)", "ru": "{} (ru)", "en": "{}"}


def cols(field, text):
    return {f"{field}_{code}": pattern.format(text) for code, pattern in T.items()}


def make_item(key, kind, options=(), *, skill_codes=("test.skill-a",), difficulty=2, scenario=None, **extra):
    act = LegalAct.objects.order_by("pk").first()
    item = Item(
        key=key,
        kind=kind,
        status=Item.Status.PUBLISHED,
        difficulty=difficulty,
        scenario=scenario,
        legal_act=act,
        **cols("stem", f"Question {key}"),
        **cols("explanation", f"Because of the law ({key})"),
        **cols("article", "Article 16"),
        **extra,
    )
    item.options = [Option(sort_order=i, **fields) for i, fields in enumerate(options)]
    item.skills = list(Skill.objects.filter(code__in=skill_codes))
    item.save()
    return item


def choice(text, correct=False, feedback=True):
    fields = {"is_correct": correct, **cols("text", text)}
    if feedback:
        fields.update(cols("feedback", f"Feedback for {text}"))
    return fields


@pytest.fixture(autouse=True)
def _english_messages():
    """Messages raised by workflows follow the active language; the tests read the English ones."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def skills(db):
    a, _ = Skill.objects.get_or_create(code="test.skill-a", defaults={"name_kk": "Дағды A", "name_en": "Skill A"})
    b, _ = Skill.objects.get_or_create(code="test.skill-b", defaults={"name_kk": "Дағды B", "name_en": "Skill B"})
    return a, b


@pytest.fixture
def bank(skills):
    """Six graded items, one of each kind, two of them in a case scenario."""
    scenario = Scenario.objects.create(**cols("title", "Broken phone"), **cols("situation", "Aigul bought a phone."))
    return {
        "single": make_item(
            "t-single", "single", [choice("Right", True), choice("Wrong A"), choice("Wrong B")], scenario=scenario
        ),
        "multiple": make_item(
            "t-multiple",
            "multiple",
            [choice("R1", True), choice("R2", True), choice("W1"), choice("W2")],
            scenario=scenario,
        ),
        "truefalse": make_item(
            "t-tf", "truefalse", [choice("True", True), choice("False")], skill_codes=["test.skill-b"]
        ),
        "matching": make_item(
            "t-match",
            "matching",
            [
                {"is_correct": True, **cols("text", "Left 1"), **cols("match", "Right 1")},
                {"is_correct": True, **cols("text", "Left 2"), **cols("match", "Right 2")},
                {"is_correct": True, **cols("text", "Left 3"), **cols("match", "Right 3")},
            ],
            skill_codes=["test.skill-b"],
        ),
        "ordering": make_item(
            "t-order",
            "ordering",
            [{"is_correct": True, **cols("text", f"Step {n}")} for n in (1, 2, 3, 4)],
            skill_codes=["test.skill-b"],
        ),
        "short": make_item(
            "t-short",
            "short",
            [
                {"is_correct": True, "text_kk": "претензия", "text_ru": "претензия", "text_en": "claim"},
                {
                    "is_correct": True,
                    "text_kk": "жазбаша претензия",
                    "text_ru": "письменная претензия",
                    "text_en": "written claim",
                },
            ],
        ),
    }


def make_assessment(slug, kind, items=(), **fields):
    assessment = Assessment(slug=slug, kind=kind, is_published=True, **cols("title", slug), **fields)
    assessment.fixed_items = [AssessmentItem(item=item, sort_order=i) for i, item in enumerate(items)]
    assessment.save()
    return assessment


@pytest.fixture
def quiz(bank):
    """A graded course quiz with every kind, feedback after submission, 2 attempts, pass mark 50."""
    return make_assessment(
        "t-quiz", Assessment.Kind.COURSE_QUIZ, bank.values(), max_attempts=2, pass_mark=50, shuffle_options=True
    )


@pytest.fixture
def check(bank):
    """A lesson check: immediate feedback, unlimited tries."""
    return make_assessment(
        "t-check", Assessment.Kind.LESSON_CHECK, [bank["single"], bank["short"]], feedback=Assessment.Feedback.IMMEDIATE
    )


@pytest.fixture
def blueprint_items(skills):
    """Eight items per skill with paired difficulties (1,1,2,2,3,3,4,4), for parallel forms."""
    a, b = skills
    items = []
    for skill in (a, b):
        for n, difficulty in enumerate((1, 1, 2, 2, 3, 3, 4, 4)):
            items.append(
                make_item(
                    f"bp-{skill.code[-1]}-{n}",
                    "single",
                    [choice("Right", True), choice("Wrong")],
                    skill_codes=[skill.code],
                    difficulty=difficulty,
                )
            )
    blueprint = Blueprint(name="test blueprint", seed=7)
    blueprint.rules = [
        BlueprintRule(skill=a, count=3, pool_tag="bp-", sort_order=0),
        BlueprintRule(skill=b, count=2, pool_tag="bp-", sort_order=1),
    ]
    blueprint.save()
    return blueprint, items


def _question(attempt, key):
    """(layout entry, options with their correctness, kind) of ``key`` in ``attempt``."""
    from quizzes.models import ItemVersion

    entry = next(e for e in attempt.layout if e["k"] == key)
    content = ItemVersion.objects.get(pk=entry["v"]).content
    return entry, content["options"], content["kind"]


def right_response(attempt, key):
    """The right answer for ``key`` in ``attempt`` (looked up on the server side, as a test oracle)."""
    entry, options, kind = _question(attempt, key)
    if kind in ("single", "truefalse"):
        return {"choice": next(o["key"] for o in options if o["correct"])}
    if kind == "multiple":
        return {"choices": [o["key"] for o in options if o["correct"]]}
    if kind == "matching":
        return {"pairs": {o["key"]: f"m{entry['matches'].index(o['key'])}" for o in options}}
    if kind == "ordering":
        return {"order": [o["key"] for o in options]}
    if kind == "short":
        accepted = next(text for text in options[0]["text"].values() if text)
        return {"text": f"  {accepted.upper()}! "}  # case, spacing and punctuation do not matter
    raise AssertionError(kind)


def wrong_response(attempt, key):
    entry, options, kind = _question(attempt, key)
    if kind in ("single", "truefalse"):
        return {"choice": next(o["key"] for o in options if not o["correct"])}
    if kind == "multiple":
        return {"choices": [o["key"] for o in options if not o["correct"]]}
    if kind == "matching":
        keys = [o["key"] for o in options]
        rotated = keys[1:] + keys[:1]
        return {"pairs": {k: f"m{entry['matches'].index(r)}" for k, r in zip(keys, rotated, strict=True)}}
    if kind == "ordering":
        return {"order": [o["key"] for o in reversed(options)]}
    if kind == "short":
        return {"text": "суд"}
    raise AssertionError(kind)
