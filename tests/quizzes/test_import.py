"""Importing questions from Moodle XML and GIFT files into the item bank, and the admin screen for it."""

from pathlib import Path
from unittest import mock

import pytest

from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError
from django.urls import include, path
from django.utils import translation

from wagtail.users.models import UserProfile

from accounts.models import User
from accounts.roles import EDITORS, UNIVERSITY_STAFF
from config import urls as project_urls
from courses.models import Skill
from quizzes.grading import grade
from quizzes.imports import (
    MAX_FILE_SIZE,
    ImportFileError,
    ParsedOption,
    ParsedQuestion,
    detect_format,
    import_questions,
    parse_file,
)
from quizzes.models import Item, ItemVersion, Kind, Option
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures"
SKILL_CODE = "import.consumer-claims"
GOOD_NAMES = [
    "Return period",
    "What a written claim contains",
    "Receipt required",
    "Claim deadline",
    "Who handles what",
]

# The admin screen is wired into the admin by the app's hooks; these tests mount it themselves.
urlpatterns = [path("admin/quizzes/import/", include("quizzes.imports.urls")), *project_urls.urlpatterns]
IMPORT_URL = "/admin/quizzes/import/"


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def skill(db):
    skill, _created = Skill.objects.get_or_create(
        code=SKILL_CODE, defaults={"name_kk": "Тұтынушы талаптары", "name_en": "Consumer claims"}
    )
    return skill


def read(name):
    return (FIXTURES / name).read_bytes()


def run_import(name, file_format, **options):
    options.setdefault("language", "en")
    options.setdefault("key_prefix", "t")
    return import_questions(parse_file(read(name), file_format), **options)


def bank_counts():
    return Item.objects.count(), Option.objects.count(), ItemVersion.objects.count()


def option_texts(item, language="en"):
    return [getattr(option, f"text_{language}") for option in item.options.order_by("sort_order")]


def by_text(item, language="en"):
    return {getattr(option, f"text_{language}"): option for option in item.options.all()}


# Importing the sample files ------------------------------------------------------------------


@pytest.mark.parametrize(("fixture", "file_format"), [("moodle_sample.xml", "moodle_xml"), ("sample.gift", "gift")])
def test_sample_file_imports_each_supported_kind_with_options_feedback_and_explanation(skill, fixture, file_format):
    result = run_import(fixture, file_format)

    assert "t-return-period" in result.created
    single = Item.objects.get(key="t-return-period")
    assert single.kind == Kind.SINGLE
    assert single.stem_en.startswith("Within how many days may you return goods of proper quality")
    assert "<b>" not in single.stem_en
    assert single.explanation_en == "The law gives 14 days for goods of proper quality."
    assert option_texts(single) == ["14 days", "3 days", "30 days"]
    options = by_text(single)
    assert [options[text].is_correct for text in ("14 days", "3 days", "30 days")] == [True, False, False]
    assert options["14 days"].feedback_en == "Right: 14 days."
    assert options["3 days"].feedback_en == "Too short."
    assert list(single.skills.values_list("code", flat=True)) == [SKILL_CODE]
    assert single.current_version is not None and single.current_version.content["skills"] == [SKILL_CODE]

    multiple = Item.objects.get(key="t-what-a-written-claim-contains")
    assert multiple.kind == Kind.MULTIPLE
    assert {text: option.is_correct for text, option in by_text(multiple).items()} == {
        "What you bought and when": True,
        "What you ask the seller to do": True,
        "Your salary": False,
    }

    true_false = Item.objects.get(key="t-receipt-required")
    assert true_false.kind == Kind.TRUE_FALSE
    true_option, false_option = true_false.options.order_by("sort_order")
    assert (true_option.text_en, true_option.text_kk, true_option.text_ru) == ("True", "Дұрыс", "Верно")
    assert (true_option.is_correct, false_option.is_correct) == (False, True)
    assert true_option.feedback_en == "No: other proof is accepted."
    assert false_option.feedback_en == "Right: other proof is accepted."
    assert true_false.explanation_en == "Witnesses or a bank statement can prove the purchase."

    short = Item.objects.get(key="t-claim-deadline")
    assert short.kind == Kind.SHORT
    assert option_texts(short) == ["10", "ten"]

    matching = Item.objects.get(key="t-who-handles-what")
    assert matching.kind == Kind.MATCHING
    assert [(o.text_en, o.match_en) for o in matching.options.order_by("sort_order")] == [
        ("Court", "Decides the dispute"),
        ("Consumer protection agency", "Checks sellers"),
        ("Legal clinic", "Gives free advice"),
    ]
    for key in result.created:
        item = Item.objects.get(key=key)
        assert item.status == Item.Status.DRAFT
        assert item.current_version.content["kind"] == item.kind


def test_moodle_broken_question_is_named_in_the_errors_and_nothing_of_it_is_saved(skill):
    result = run_import("moodle_sample.xml", "moodle_xml")

    assert len(result.created) == 5
    assert len(result.errors) == 1
    failure = result.errors[0]
    assert (failure.position, failure.name) == (6, "Consumer claim")
    assert "a single-choice question needs exactly one correct answer" in failure.reason
    assert failure.message.startswith("question 6 “Consumer claim”: a single-choice question needs exactly one")
    assert not Item.objects.filter(key="t-consumer-claim").exists()
    assert not Item.objects.filter(stem_en__contains="Where do you send a claim first").exists()
    assert not Option.objects.filter(text_en="To the police").exists()
    assert ("Describe a dispute", "unsupported type essay") in result.skipped


def test_gift_broken_and_unsupported_questions_are_reported_and_left_out(skill):
    result = run_import("sample.gift", "gift")

    assert len(result.created) == 6
    assert [(f.position, f.name) for f in result.errors] == [(7, "Consumer claim")]
    assert "a multiple-response question needs at least one correct answer" in result.errors[0].reason
    assert not Item.objects.filter(key="t-consumer-claim").exists()
    assert ("Describe a dispute", "unsupported type essay") in result.skipped
    assert ("Refund amount", "unsupported type numerical") in result.skipped


def test_gift_escapes_comments_and_categories_are_read_as_moodle_reads_them(skill):
    parsed = parse_file(read("sample.gift"), "gift")

    escaped = next(q for q in parsed if q.position == 6)
    assert escaped.name == "Escapes: 1 = 1"
    assert escaped.stem == "Is {this} a ~tilde, a #hash and a back\\slash?"
    assert escaped.kind == Kind.TRUE_FALSE
    assert parsed[0].tags == [SKILL_CODE]
    assert [q.position for q in parsed] == list(range(1, 10))  # $CATEGORY and comments are not questions


def test_warnings_report_what_sauat_cannot_keep(skill):
    result = run_import("moodle_sample.xml", "moodle_xml")

    assert any("not-a-skill" in warning for warning in result.warnings)
    assert any("question 4 “Claim deadline”" in w and "“*”" in w for w in result.warnings)


def test_importing_the_same_file_again_creates_nothing_new(skill):
    first = run_import("moodle_sample.xml", "moodle_xml")
    counts = bank_counts()

    again = run_import("moodle_sample.xml", "moodle_xml")

    assert again.created == []
    assert bank_counts() == counts
    skipped = dict(again.skipped)
    for name in GOOD_NAMES:
        assert skipped[name].startswith("already in the bank")
    assert len(first.created) == 5


def test_dry_run_reports_what_would_be_imported_and_saves_nothing(skill):
    counts = bank_counts()

    result = run_import("sample.gift", "gift", dry_run=True)

    assert result.dry_run
    assert len(result.created) == 6
    assert bank_counts() == counts
    assert not Item.objects.filter(key__in=result.created).exists()


def test_russian_import_fills_kazakh_with_the_same_text_and_keeps_drafts(skill):
    result = run_import("sample.gift", "gift", language="ru", status=Item.Status.PUBLISHED)

    item = Item.objects.get(key="t-return-period")
    assert item.stem_ru == item.stem_kk
    assert item.stem_en == ""
    assert item.status == Item.Status.DRAFT
    assert {o.text_kk for o in item.options.all()} == {o.text_ru for o in item.options.all()}
    assert any("Kazakh" in note for note in result.notes)


def test_kazakh_import_can_publish_and_keeps_other_languages_empty(skill):
    run_import("sample.gift", "gift", language="kk", status=Item.Status.PUBLISHED, key_prefix="kk")

    item = Item.objects.get(key="kk-return-period")
    assert item.status == Item.Status.PUBLISHED
    assert (item.stem_ru, item.stem_en) == ("", "")
    assert item.current_version.content["stem"]["kk"] == item.stem_kk


def test_skills_chosen_for_the_import_go_to_every_question(skill):
    other = Skill.objects.create(code="import.other", name_kk="Басқа")

    result = run_import("sample.gift", "gift", skills=[other])

    for key in result.created:
        assert other in Item.objects.get(key=key).skills.all()
    assert set(Item.objects.get(key="t-return-period").skills.values_list("code", flat=True)) == {
        SKILL_CODE,
        "import.other",
    }


def test_questions_with_the_same_name_get_distinct_keys(db):
    text = b"::Claim::First?{=a ~b}\n\n::Claim::Second?{=a ~b}\n\nNo name here at all?{=a ~b}\n"

    result = import_questions(parse_file(text, "gift"), language="kk", key_prefix="dup")

    assert result.created == ["dup-claim", "dup-claim-2", "dup-no-name-here-at-all"]


def test_a_failure_while_saving_leaves_nothing_of_that_question(skill):
    from quizzes.models import Item as ItemModel

    original = ItemModel.sync_version

    def failing_sync(item):
        if item.key == "t-claim-deadline":
            raise IntegrityError("simulated")
        return original(item)

    with mock.patch.object(ItemModel, "sync_version", failing_sync):
        result = run_import("moodle_sample.xml", "moodle_xml")

    assert [f.name for f in result.errors] == ["Claim deadline", "Consumer claim"]
    assert not Item.objects.filter(key="t-claim-deadline").exists()
    assert not Option.objects.filter(text_en="ten").exists()
    assert Item.objects.filter(key="t-who-handles-what").exists()


# Validation ----------------------------------------------------------------------------------


def question(kind, options, **fields):
    fields.setdefault("stem", "A question?")
    return ParsedQuestion(position=1, name="Q", source_type="test", kind=kind, options=options, **fields)


@pytest.mark.parametrize(
    ("parsed", "reason"),
    [
        (
            question(Kind.SINGLE, [ParsedOption("a", 100), ParsedOption("b", 100)]),
            "a single-choice question needs exactly one correct answer; it has 2",
        ),
        (question(Kind.SINGLE, [ParsedOption("a", 100)]), "needs at least two options"),
        (question(Kind.SINGLE, [ParsedOption("a", 100), ParsedOption("", 0)]), "option 2 has no text"),
        (question(Kind.SINGLE, [ParsedOption("a", 100), ParsedOption("b" * 501)]), "longer than 500 characters"),
        (question(Kind.MULTIPLE, [ParsedOption("a", 0), ParsedOption("b", -50)]), "at least one correct answer"),
        (
            question(Kind.MATCHING, [ParsedOption("a", match="x"), ParsedOption("b", match="X")]),
            "the same right-hand side",
        ),
        (question(Kind.MATCHING, [ParsedOption("a", match="x")]), "at least two pairs"),
        (question(Kind.MATCHING, [ParsedOption("a", match="x" * 301), ParsedOption("b", match="y")]), "300"),
        (question(Kind.SHORT, [ParsedOption("a", 50)]), "at least one accepted answer"),
        (question(Kind.SINGLE, [ParsedOption("a", 100), ParsedOption("b")], stem=""), "the question has no text"),
    ],
)
def test_invalid_questions_are_refused_with_a_reason(parsed, reason):
    result = import_questions([parsed], language="kk", key_prefix="bad")

    assert result.created == []
    assert reason in result.errors[0].reason
    assert not Item.objects.filter(key="bad-q").exists()


def test_matching_answers_without_a_question_are_dropped_with_a_warning(db):
    parsed = question(
        Kind.MATCHING, [ParsedOption("a", match="x"), ParsedOption("b", match="y"), ParsedOption("", match="z")]
    )

    result = import_questions([parsed], language="kk", key_prefix="extra")

    assert result.created == ["extra-q"]
    assert Item.objects.get(key="extra-q").options.count() == 2
    assert any("“z”" in warning for warning in result.warnings)


# Whole-file errors --------------------------------------------------------------------------


@pytest.mark.parametrize("file_format", ["moodle_xml", "gift"])
def test_files_over_five_megabytes_are_refused(file_format):
    with pytest.raises(ImportFileError, match="larger than 5 MB"):
        parse_file(b"a" * (MAX_FILE_SIZE + 1), file_format)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
        ("::Q::Вопрос?{=да ~нет}".encode("cp1251"), "not UTF-8"),
        ("<quiz/>".encode("utf-16"), "UTF-16"),
        (b"   \n", "empty"),
    ],
)
def test_binary_and_non_utf8_files_are_refused(data, message):
    with pytest.raises(ImportFileError, match=message):
        parse_file(data, "gift")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<quiz><question type='truefalse'><name><text>x</text></quiz>", r"not well-formed XML \(line 1"),
        (b"<html><body>Hello</body></html>", "not a Moodle XML question file"),
        (
            b'<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY lol "lol">]><quiz><question type="essay"/></quiz>',
            "DTD or XML entities",
        ),
        (b"<quiz><question type='category'><category><text>x</text></category></question></quiz>", "no questions"),
    ],
)
def test_malformed_or_unsafe_xml_is_refused_with_a_clear_error(data, message):
    with pytest.raises(ImportFileError, match=message):
        parse_file(data, "moodle_xml")


def test_format_is_recognised_from_the_file_name():
    assert detect_format("bank.XML") == "moodle_xml"
    assert detect_format("bank.gift") == "gift"
    assert detect_format("bank.txt", b"// GIFT\n::Q::x{T}") == "gift"
    assert detect_format("export.txt", b'<?xml version="1.0"?><quiz>') == "moodle_xml"
    assert detect_format("bank.docx") is None


# Grading imported items ---------------------------------------------------------------------


def content_of(key):
    return Item.objects.get(key=key).current_version.content


def key_of(content, text, field="text"):
    return next(o["key"] for o in content["options"] if o[field]["en"] == text)


@pytest.mark.parametrize(("fixture", "file_format"), [("moodle_sample.xml", "moodle_xml"), ("sample.gift", "gift")])
def test_imported_items_grade_right_and_wrong_answers(skill, fixture, file_format):
    run_import(fixture, file_format)

    single = content_of("t-return-period")
    assert grade(single, {"choice": key_of(single, "14 days")}) == (1.0, True)
    assert grade(single, {"choice": key_of(single, "30 days")}) == (0.0, False)

    multiple = content_of("t-what-a-written-claim-contains")
    right = [key_of(multiple, "What you bought and when"), key_of(multiple, "What you ask the seller to do")]
    assert grade(multiple, {"choices": right}) == (1.0, True)
    assert grade(multiple, {"choices": [*right, key_of(multiple, "Your salary")]})[1] is False

    true_false = content_of("t-receipt-required")
    assert grade(true_false, {"choice": key_of(true_false, "False")}) == (1.0, True)
    assert grade(true_false, {"choice": key_of(true_false, "True")}) == (0.0, False)

    short = content_of("t-claim-deadline")
    assert grade(short, {"text": " Ten "}) == (1.0, True)
    assert grade(short, {"text": "10"}) == (1.0, True)
    assert grade(short, {"text": "14"}) == (0.0, False)

    matching = content_of("t-who-handles-what")
    keys = [o["key"] for o in matching["options"]]
    assert grade(matching, {"pairs": {key: key for key in keys}}) == (1.0, True)
    swapped = {keys[0]: keys[1], keys[1]: keys[0], keys[2]: keys[2]}
    assert grade(matching, {"pairs": swapped})[1] is False


# The admin screen ---------------------------------------------------------------------------


def admin_user(email, group):
    user = make_user(email)
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the admin speaks English to this user
    profile.save()
    return User.objects.get(pk=user.pk)


@pytest.fixture
def editor(db):
    user = admin_user("editor@example.kz", EDITORS)
    if not user.has_perm("quizzes.add_item"):  # in case the Editors role loses it, the test still means "may add"
        user.user_permissions.add(Permission.objects.get(content_type__app_label="quizzes", codename="add_item"))
    return user


def upload(name, content=None):
    return SimpleUploadedFile(name, read(name) if content is None else content)


def form_data(file, **fields):
    return {"file": file, "file_format": "auto", "language": "en", "key_prefix": "adm", **fields}


@pytest.mark.urls(__name__)
def test_an_editor_uploads_a_file_and_sees_every_question_in_the_report(client, editor, skill):
    client.force_login(editor)
    assert client.get(IMPORT_URL).status_code == 200

    response = client.post(IMPORT_URL, form_data(upload("moodle_sample.xml"), skills=[skill.pk]))

    assert response.status_code == 200
    html = response.content.decode()
    for name in [*GOOD_NAMES, "Consumer claim", "Describe a dispute"]:
        assert name in html
    assert html.count("quiz-import-row quiz-import-created") == 5
    assert "a single-choice question needs exactly one correct answer" in html
    assert "unsupported type essay" in html
    assert Item.objects.filter(key="adm-return-period", skills=skill).exists()


@pytest.mark.urls(__name__)
def test_preview_only_shows_the_report_and_imports_nothing(client, editor):
    client.force_login(editor)
    counts = bank_counts()

    response = client.post(IMPORT_URL, form_data(upload("sample.gift"), dry_run="on"))

    assert response.status_code == 200
    assert "Preview: nothing was imported" in response.content.decode()
    assert bank_counts() == counts


@pytest.mark.urls(__name__)
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("big.gift", b"a" * (MAX_FILE_SIZE + 1), "larger than 5 MB"),
        ("broken.xml", b"<quiz><question></quiz>", "not well-formed XML"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "not a text file"),
        ("questions.docx", b"PK\x03\x04", "Choose the format of the file"),
    ],
)
def test_a_bad_file_is_refused_with_a_form_error_not_a_crash(client, editor, name, content, message):
    client.force_login(editor)

    response = client.post(IMPORT_URL, form_data(upload(name, content)))

    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.mark.urls(__name__)
def test_an_admin_user_without_the_add_question_permission_is_refused(client):
    user = admin_user("staff@example.kz", UNIVERSITY_STAFF)
    assert user.has_perm("wagtailadmin.access_admin") and not user.has_perm("quizzes.add_item")
    client.force_login(user)
    counts = bank_counts()

    response = client.post(IMPORT_URL, form_data(upload("sample.gift")), follow=True)

    assert response.redirect_chain[0] == ("/admin/", 302)
    assert "you do not have permission" in response.content.decode()
    assert bank_counts() == counts


@pytest.mark.urls(__name__)
def test_a_learner_is_sent_to_the_login_page(client, learner):
    client.force_login(learner)

    response = client.get(IMPORT_URL)

    assert response.status_code == 302
    assert "/login/" in response["Location"]
