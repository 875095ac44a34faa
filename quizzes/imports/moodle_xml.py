"""Read Moodle XML question files (question/format/xml in Moodle) with defusedxml.

Supported question types: multichoice (``<single>`` true → single choice, false → multiple
response), truefalse, shortanswer and matching; ``category`` entries are skipped. ``<tags>`` are
kept so that tags naming a skill code attach that skill. Every other type is reported as
unsupported. Text in ``format="html"`` (or Moodle's auto-format) loses its tags.
"""

import defusedxml
import defusedxml.ElementTree as SafeET

from django.utils.translation import gettext as _

from quizzes.models import Kind

from .base import (
    FULL_CREDIT,
    ImportFileError,
    ParsedOption,
    ParsedQuestion,
    QuestionError,
    decode_text,
    default_name,
    tidy,
    to_plain_text,
    true_false_options,
)


def _rich_text(element, default_format, warnings):
    """The plain text of an element holding ``<text>`` and a ``format`` attribute (or "")."""
    if element is None:
        return ""
    return to_plain_text(element.findtext("text", ""), element.get("format", default_format), warnings)


def _fraction(answer, number):
    value = answer.get("fraction", "0").strip()
    try:
        return float(value)
    except ValueError:
        raise QuestionError(
            _("answer %(number)s has a grade that is not a number: “%(value)s”") % {"number": number, "value": value}
        ) from None


def _multichoice(question, element, text_format):
    single = element.findtext("single", "true").strip().lower() in ("true", "1")
    question.kind = Kind.SINGLE if single else Kind.MULTIPLE
    for number, answer in enumerate(element.findall("answer"), start=1):
        question.options.append(
            ParsedOption(
                text=to_plain_text(answer.findtext("text", ""), answer.get("format", text_format), question.warnings),
                fraction=_fraction(answer, number),
                feedback=_rich_text(answer.find("feedback"), text_format, question.warnings),
            )
        )


def _truefalse(question, element, text_format):
    question.kind = Kind.TRUE_FALSE
    answers = element.findall("answer")
    if len(answers) != 2:
        raise QuestionError(_("a true/false question needs one “true” and one “false” answer"))
    texts = [answer.findtext("text", "").strip().lower() for answer in answers]
    if sorted(texts) != ["false", "true"]:
        # Old Moodle exports wrote localised labels; like Moodle, assume the order true, false.
        texts = ["true", "false"]
        question.warnings.append(_("the answers are not labelled true and false; the first is taken as true"))
    by_text = dict(zip(texts, answers, strict=True))
    true_answer, false_answer = by_text["true"], by_text["false"]
    question.options = true_false_options(
        _fraction(true_answer, texts.index("true") + 1) >= FULL_CREDIT,
        true_feedback=_rich_text(true_answer.find("feedback"), text_format, question.warnings),
        false_feedback=_rich_text(false_answer.find("feedback"), text_format, question.warnings),
    )


def _shortanswer(question, element, text_format):
    question.kind = Kind.SHORT
    for number, answer in enumerate(element.findall("answer"), start=1):
        question.options.append(
            ParsedOption(
                text=tidy(answer.findtext("text", "")),  # accepted answers are plain text in Moodle
                fraction=_fraction(answer, number),
                feedback=_rich_text(answer.find("feedback"), text_format, question.warnings),
            )
        )


def _matching(question, element, text_format):
    question.kind = Kind.MATCHING
    for sub in element.findall("subquestion"):
        question.options.append(
            ParsedOption(
                text=to_plain_text(sub.findtext("text", ""), sub.get("format", text_format), question.warnings),
                match=tidy(sub.findtext("answer/text", "")),
            )
        )


READERS = {
    "multichoice": _multichoice,
    "truefalse": _truefalse,
    "shortanswer": _shortanswer,
    "matching": _matching,
}


def _read_question(element, position):
    source_type = element.get("type", "").strip()
    question = ParsedQuestion(position=position, name=tidy(element.findtext("name/text", "")), source_type=source_type)
    question_text = element.find("questiontext")
    text_format = question_text.get("format", "html") if question_text is not None else "html"
    question.stem = _rich_text(question_text, text_format, question.warnings)
    question.explanation = _rich_text(element.find("generalfeedback"), text_format, question.warnings)
    question.tags = [tidy(tag.findtext("text", "")) for tag in element.findall("tags/tag")]
    question.name = question.name or default_name(question.stem)
    reader = READERS.get(source_type)
    if reader is not None:
        try:
            reader(question, element, text_format)
        except QuestionError as error:
            question.error = str(error)
    return question


def _root(text):
    try:
        return SafeET.fromstring(text, forbid_dtd=True)
    except SafeET.ParseError as error:
        line, column = error.position
        raise ImportFileError(
            _("The file is not well-formed XML (line %(line)s, column %(column)s). Is it a Moodle XML export?")
            % {"line": line, "column": column}
        ) from error
    except defusedxml.DefusedXmlException as error:
        raise ImportFileError(
            _("The file declares a DTD or XML entities, which are not allowed for security reasons.")
        ) from error


def parse(data):
    """ParsedQuestions of a Moodle XML file (bytes); raises ImportFileError when it cannot be read."""
    root = _root(decode_text(data))
    if root.tag != "quiz":
        raise ImportFileError(
            _("This is not a Moodle XML question file: it starts with <%(tag)s> instead of <quiz>.") % {"tag": root.tag}
        )
    questions = []
    position = 0
    for element in root.findall("question"):
        if element.get("type") == "category":
            continue
        position += 1
        questions.append(_read_question(element, position))
    return questions
