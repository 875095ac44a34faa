"""What every question import shares: the parsed question, text clean-up, validation and saving.

The parsers (moodle_xml.py, gift.py) turn a file into ParsedQuestion objects and never touch the
database. import_questions() validates each question and creates its Item and options in a
transaction of its own, so a question that fails leaves nothing behind and never stops the others.
"""

import logging
from dataclasses import dataclass, field
from typing import NamedTuple

from bs4 import BeautifulSoup

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.coreutils import string_to_ascii

from courses.models import Skill
from quizzes.models import Item, Kind, Option

logger = logging.getLogger(__name__)

MAX_FILE_SIZE = 5 * 1024 * 1024
FULL_CREDIT = 100.0
KEY_MAX_LENGTH = Item._meta.get_field("key").max_length
OPTION_TEXT_LIMIT = Option._meta.get_field("text_kk").max_length
MATCH_TEXT_LIMIT = Option._meta.get_field("match_kk").max_length
TRUE_FALSE_LABELS = (
    {"kk": "Дұрыс", "ru": "Верно", "en": "True"},
    {"kk": "Бұрыс", "ru": "Неверно", "en": "False"},
)
# Text formats whose text may hold HTML (Moodle's "auto-format" does too); the rest is kept as typed.
HTML_FORMATS = {"html", "moodle_auto_format"}
BLOCK_TAGS = ["p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol"]


class ImportFileError(ValueError):
    """The whole file cannot be read (too large, not UTF-8 text, malformed XML); the message is for the editor."""


class QuestionError(ValueError):
    """One question cannot be read; the parser records the message and goes on with the next question."""


# Text -----------------------------------------------------------------------------------------


def decode_text(data):
    """The file's text, or ImportFileError when it is too large, empty, binary or not UTF-8."""
    if len(data) > MAX_FILE_SIZE:
        raise ImportFileError(
            _("The file is larger than %(limit)s MB. Split it into smaller files.")
            % {"limit": MAX_FILE_SIZE // (1024 * 1024)}
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(_("The file is saved as UTF-16. Save it as UTF-8 text and upload it again."))
    if b"\x00" in data:
        raise ImportFileError(_("This is not a text file. Upload a Moodle XML or GIFT file saved as UTF-8 text."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _(
                "The file is not UTF-8 text (the first wrong byte is number %(position)s). "
                "Save it as UTF-8 and upload it again."
            )
            % {"position": error.start + 1}
        ) from error
    if not text.strip():
        raise ImportFileError(_("The file is empty."))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def tidy(text):
    """Spaces collapsed within each line; empty lines and surrounding space dropped."""
    lines = (" ".join(line.split()) for line in (text or "").splitlines())
    return "\n".join(line for line in lines if line)


def html_to_text(value):
    """Plain text of an HTML fragment: tags dropped, entities decoded, paragraphs and <br> kept as new lines."""
    soup = BeautifulSoup(" ".join(value.split()), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    for tag in soup.find_all("br"):
        tag.replace_with("\n")
    for tag in soup.find_all(BLOCK_TAGS):
        tag.insert_after("\n")
    return tidy(soup.get_text())


def to_plain_text(raw, text_format, warnings=None):
    """``raw`` as plain text; HTML formats lose their tags, and images are reported in ``warnings``."""
    raw = raw or ""
    if text_format not in HTML_FORMATS:
        return tidy(raw)
    if warnings is not None and "<img" in raw.lower():
        note = _("images are not imported; add them in the editor")
        if note not in warnings:
            warnings.append(note)
    if text_format != "html":
        raw = raw.replace("\n", "<br>")  # Moodle's auto-format turns new lines into line breaks
    return html_to_text(raw)


def default_name(stem):
    """A name for a question the file leaves unnamed: the start of its text, as Moodle does."""
    first_line = (stem or "").split("\n", 1)[0]
    return first_line if len(first_line) <= 60 else first_line[:59].rsplit(" ", 1)[0] + "…"


# Parsed questions -----------------------------------------------------------------------------


@dataclass
class ParsedOption:
    """One answer, pair or accepted answer as the file gives it."""

    text: str
    fraction: float = 0.0  # Moodle's grade for choosing this answer, in percent (100 = fully right)
    match: str = ""  # matching: the right-hand side
    feedback: str = ""


@dataclass
class ParsedQuestion:
    """A question read from a file; ``kind`` is empty for a type Sauat does not support."""

    position: int
    name: str
    source_type: str  # the type as the file names it: multichoice, truefalse, essay…
    kind: str = ""
    stem: str = ""
    explanation: str = ""
    options: list[ParsedOption] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str = ""  # why the question could not be read at all


def true_false_options(correct_is_true, *, true_feedback="", false_feedback=""):
    """The two options of a true/false question, true first (their labels are added when saving)."""
    return [
        ParsedOption(text="true", fraction=FULL_CREDIT if correct_is_true else 0.0, feedback=true_feedback),
        ParsedOption(text="false", fraction=0.0 if correct_is_true else FULL_CREDIT, feedback=false_feedback),
    ]


def describe(position, name, reason):
    if name:
        return _("question %(position)s “%(name)s”: %(reason)s") % {
            "position": position,
            "name": name,
            "reason": reason,
        }
    return _("question %(position)s: %(reason)s") % {"position": position, "reason": reason}


# Result ---------------------------------------------------------------------------------------


class Skipped(NamedTuple):
    name: str
    reason: str


class QuestionFailure(NamedTuple):
    position: int
    name: str
    reason: str

    @property
    def message(self):
        return describe(self.position, self.name, self.reason)


@dataclass
class ReportRow:
    """One question of the file and what became of it."""

    CREATED = "created"
    SKIPPED = "skipped"
    ERROR = "error"

    position: int
    name: str
    source_type: str
    kind: str = ""
    key: str = ""
    outcome: str = ""
    reason: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def kind_label(self):
        return Kind(self.kind).label if self.kind else self.source_type


@dataclass
class ImportResult:
    """What an import did (or, with ``dry_run``, would do): one row per question, in file order."""

    dry_run: bool = False
    rows: list[ReportRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # about the whole import, not one question

    @property
    def created(self):
        """Keys of the items created (in a dry run: that would be created)."""
        return [row.key for row in self.rows if row.outcome == ReportRow.CREATED]

    @property
    def skipped(self):
        return [Skipped(row.name, row.reason) for row in self.rows if row.outcome == ReportRow.SKIPPED]

    @property
    def errors(self):
        return [
            QuestionFailure(row.position, row.name, row.reason) for row in self.rows if row.outcome == ReportRow.ERROR
        ]

    @property
    def warnings(self):
        question_warnings = [
            describe(row.position, row.name, warning)
            for row in self.rows
            if row.outcome == ReportRow.CREATED
            for warning in row.warnings
        ]
        return [*self.notes, *question_warnings]


# Validation -----------------------------------------------------------------------------------


@dataclass
class _Plan:
    """The options to save, as (parsed option, is_correct), with the problems found on the way."""

    options: list[tuple[ParsedOption, bool]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _is_full(fraction):
    return fraction >= FULL_CREDIT - 0.001


def _check_option_texts(plan, options):
    for number, option in enumerate(options, start=1):
        if not option.text:
            plan.errors.append(_("option %(number)s has no text") % {"number": number})
        elif len(option.text) > OPTION_TEXT_LIMIT:
            plan.errors.append(
                _("option %(number)s is longer than %(limit)s characters")
                % {"number": number, "limit": OPTION_TEXT_LIMIT}
            )


def _plan_single(question, plan):
    options = question.options
    correct = [option for option in options if _is_full(option.fraction)]
    if len(correct) != 1:
        plan.errors.append(
            _("a single-choice question needs exactly one correct answer; it has %(count)s") % {"count": len(correct)}
        )
    if len(options) < 2:
        plan.errors.append(
            _("a choice question needs at least two options; it has %(count)s") % {"count": len(options)}
        )
    for option in options:
        if 0 < option.fraction < FULL_CREDIT and not _is_full(option.fraction):
            plan.warnings.append(
                _(
                    "answer “%(text)s” gives partial credit (%(fraction)s), which single choice does not have; "
                    "it counts as wrong"
                )
                % {"text": option.text, "fraction": f"{option.fraction:g}"}
            )
    _check_option_texts(plan, options)
    plan.options = [(option, _is_full(option.fraction)) for option in options]


def _plan_multiple(question, plan):
    options = question.options
    correct = [option for option in options if option.fraction > 0]
    if not correct:
        plan.errors.append(_("a multiple-response question needs at least one correct answer"))
    if len(options) < 2:
        plan.errors.append(
            _("a choice question needs at least two options; it has %(count)s") % {"count": len(options)}
        )
    if len({round(option.fraction, 3) for option in correct}) > 1:
        plan.warnings.append(
            _("the correct answers have different weights; in Sauat each correct answer counts the same")
        )
    _check_option_texts(plan, options)
    plan.options = [(option, option.fraction > 0) for option in options]


def _plan_true_false(question, plan):
    options = question.options
    if len(options) != 2 or sum(_is_full(option.fraction) for option in options) != 1:
        plan.errors.append(_("a true/false question needs exactly one correct answer"))
    plan.options = [(option, _is_full(option.fraction)) for option in options]


def _plan_short(question, plan):
    for option in question.options:
        if not _is_full(option.fraction):
            plan.warnings.append(
                _("answer “%(text)s” is not fully right (grade %(fraction)s), so it is not an accepted answer")
                % {"text": option.text, "fraction": f"{option.fraction:g}"}
            )
        elif "*" in option.text:
            plan.warnings.append(
                _("accepted answer “%(text)s” uses the * wildcard, which Sauat does not support; it is left out")
                % {"text": option.text}
            )
        elif option.text:
            plan.options.append((option, True))
    if not plan.options:
        plan.errors.append(_("a short-answer question needs at least one accepted answer (grade 100)"))
    for number, (option, _correct) in enumerate(plan.options, start=1):
        if len(option.text) > OPTION_TEXT_LIMIT:
            plan.errors.append(
                _("accepted answer %(number)s is longer than %(limit)s characters")
                % {"number": number, "limit": OPTION_TEXT_LIMIT}
            )


def _plan_matching(question, plan):
    pairs = []
    for option in question.options:
        if not option.text:
            plan.warnings.append(
                _("the extra answer “%(text)s” has no question to match, which Sauat does not support; it is left out")
                % {"text": option.match}
            )
        else:
            pairs.append(option)
    if len(pairs) < 2:
        plan.errors.append(_("a matching question needs at least two pairs; it has %(count)s") % {"count": len(pairs)})
    seen = set()
    for number, pair in enumerate(pairs, start=1):
        right = pair.match.casefold()
        if not right:
            plan.errors.append(_("pair %(number)s has no right-hand side") % {"number": number})
        elif right in seen:
            plan.errors.append(_("two pairs have the same right-hand side “%(text)s”") % {"text": pair.match})
        seen.add(right)
        if len(pair.text) > OPTION_TEXT_LIMIT:
            plan.errors.append(
                _("the left-hand side of pair %(number)s is longer than %(limit)s characters")
                % {"number": number, "limit": OPTION_TEXT_LIMIT}
            )
        if len(pair.match) > MATCH_TEXT_LIMIT:
            plan.errors.append(
                _("the right-hand side of pair %(number)s is longer than %(limit)s characters")
                % {"number": number, "limit": MATCH_TEXT_LIMIT}
            )
    plan.options = [(pair, True) for pair in pairs]


PLANNERS = {
    Kind.SINGLE: _plan_single,
    Kind.MULTIPLE: _plan_multiple,
    Kind.TRUE_FALSE: _plan_true_false,
    Kind.SHORT: _plan_short,
    Kind.MATCHING: _plan_matching,
}


def plan_question(question):
    """Check a parsed question against Sauat's rules for its kind; returns the options to save."""
    plan = _Plan(warnings=list(question.warnings))
    if not question.stem:
        plan.errors.append(_("the question has no text"))
    PLANNERS[question.kind](question, plan)
    return plan


# Keys -----------------------------------------------------------------------------------------


def assign_keys(parsed, key_prefix=""):
    """{position: key}: prefix + slug of the name, with -2, -3… for names repeated in the file.

    Keys depend only on the file, so importing the same file again computes the same keys.
    """
    prefix = key_prefix.strip()
    if prefix and not prefix.endswith(("-", "_")):
        prefix += "-"
    room = KEY_MAX_LENGTH - len(prefix) - 4  # leave space for a "-NNN" suffix
    keys, used = {}, set()
    for question in parsed:
        slug = slugify(string_to_ascii(question.name))[:room].strip("-") or f"question-{question.position}"
        key, number = f"{prefix}{slug}", 1
        while key in used:
            number += 1
            key = f"{prefix}{slug}-{number}"
        used.add(key)
        keys[question.position] = key
    return keys


# Saving ---------------------------------------------------------------------------------------


def _fill(obj, field_name, value, languages):
    for code in languages:
        setattr(obj, f"{field_name}_{code}", value)


def _create_item(question, plan, *, key, status, languages, skills):
    item = Item(key=key, kind=question.kind, status=status)
    _fill(item, "stem", question.stem, languages)
    _fill(item, "explanation", question.explanation, languages)
    options = []
    for index, (parsed, is_correct) in enumerate(plan.options):
        option = Option(sort_order=index, is_correct=is_correct)
        if question.kind == Kind.TRUE_FALSE:
            # Fixed labels, known in every language, so learners in any language can answer.
            for code, label in TRUE_FALSE_LABELS[index].items():
                setattr(option, f"text_{code}", label)
        else:
            _fill(option, "text", parsed.text, languages)
        _fill(option, "match", parsed.match, languages)
        _fill(option, "feedback", parsed.feedback, languages)
        option.full_clean(exclude=["item"])
        options.append(option)
    # No item.full_clean(): the admin form also requires fields a file cannot give (the article of
    # the legal act, a Kazakh explanation); editors add them before publishing the draft.
    item.options = options
    item.skills = skills
    item.save()
    item.sync_version()
    return item


def _describe_validation_error(error):
    if not hasattr(error, "error_dict"):
        return "; ".join(error.messages)
    labels = {
        field.name: str(field.verbose_name) for field in Option._meta.get_fields() if hasattr(field, "verbose_name")
    }
    return "; ".join(
        f"{labels[name]}: {message}" if name in labels else message
        for name, messages in error.message_dict.items()
        for message in messages
    )


def _import_one(question, row, *, existing, tag_skills, skills, status, languages, dry_run):
    """Fill in ``row`` with what becomes of one question, saving it unless it is skipped or fails."""
    if question.error:
        row.outcome, row.reason = ReportRow.ERROR, question.error
        return
    if not question.kind:
        row.outcome = ReportRow.SKIPPED
        row.reason = _("unsupported type %(type)s") % {"type": question.source_type or "?"}
        return
    if row.key in existing:
        row.outcome = ReportRow.SKIPPED
        row.reason = _("already in the bank (key %(key)s)") % {"key": row.key}
        return
    plan = plan_question(question)
    if plan.errors:
        row.outcome, row.reason = ReportRow.ERROR, "; ".join(plan.errors)
        return
    unknown_tags = [tag for tag in question.tags if tag not in tag_skills]
    if unknown_tags:
        plan.warnings.append(
            _("tags that are not skill codes were ignored: %(tags)s") % {"tags": ", ".join(unknown_tags)}
        )
    item_skills = list(dict.fromkeys([*skills, *(tag_skills[tag] for tag in question.tags if tag in tag_skills)]))
    try:
        with transaction.atomic():
            _create_item(question, plan, key=row.key, status=status, languages=languages, skills=item_skills)
            if dry_run:
                transaction.set_rollback(True)
    except ValidationError as error:
        row.outcome, row.reason = ReportRow.ERROR, _describe_validation_error(error)
    except IntegrityError:
        logger.exception("Importing question %s (%s) failed", question.position, row.key)
        row.outcome = ReportRow.ERROR
        row.reason = _("it could not be saved, probably because another import created the same key; try again")
    else:
        row.outcome, row.warnings = ReportRow.CREATED, plan.warnings


def _notes(result, parsed, language):
    """Remarks about the whole import, shown above the table."""
    notes = []
    created = {row.position for row in result.rows if row.outcome == ReportRow.CREATED}
    missing = sum(1 for question in parsed if question.position in created and not question.explanation)
    if missing:
        notes.append(
            ngettext(
                "%(count)s question has no explanation (general feedback) in the file; add one before publishing.",
                "%(count)s questions have no explanation (general feedback) in the file; add them before publishing.",
                missing,
            )
            % {"count": missing}
        )
    if language != settings.LANGUAGE_CODE and created:
        notes.append(
            _(
                "The questions are in %(language)s. Kazakh is required, so the Kazakh fields hold the same "
                "%(language)s text and every question is a draft until an editor translates it."
            )
            % {"language": dict(settings.LANGUAGES)[language]}
        )
    return notes


def import_questions(parsed, *, language, status=Item.Status.DRAFT, skills=(), key_prefix="", dry_run=False):
    """Validate ``parsed`` questions and create an Item for each good one; returns an ImportResult.

    Text goes into the ``language`` columns. Kazakh is the required source language, so an import
    in another language copies the text into the Kazakh columns as well and saves drafts for
    editors to translate. Each question is saved in its own transaction; ``dry_run`` rolls every
    one back, so the report is exactly what a real import would do.
    """
    source = settings.LANGUAGE_CODE
    if language not in dict(settings.LANGUAGES):
        raise ValueError(f"Unknown language {language!r}")
    languages = [language] if language == source else [language, source]
    keys = assign_keys(parsed, key_prefix)
    context = {
        "existing": set(Item.objects.filter(key__in=keys.values()).values_list("key", flat=True)),
        "tag_skills": {s.code: s for s in Skill.objects.filter(code__in={tag for q in parsed for tag in q.tags})},
        "skills": list(skills),
        "status": status if language == source else Item.Status.DRAFT,
        "languages": languages,
        "dry_run": dry_run,
    }
    result = ImportResult(dry_run=dry_run)
    for question in parsed:
        row = ReportRow(
            position=question.position,
            name=question.name,
            source_type=question.source_type,
            kind=question.kind,
            key=keys[question.position],
        )
        _import_one(question, row, **context)
        result.rows.append(row)
    result.notes = _notes(result, parsed, language)
    return result
