"""Read GIFT, Moodle's plain-text question format, the way Moodle's own GIFT importer reads it.

Questions are separated by blank lines. ``::name::`` names a question, ``// …`` lines are comments
(``// [tag:code]`` tags a question), ``$CATEGORY:`` lines are skipped, and the answers sit in braces:
``{=right ~wrong#feedback}`` single choice, ``{~%50%a ~%50%b ~%-100%c}`` multiple response,
``{T}``/``{FALSE#wrong#right}`` true/false, ``{=a =b}`` short answer, ``{=left -> right …}``
matching, ``####text`` general feedback. ``\\`` escapes ``: = ~ # { } \\`` and ``\\n`` is a new line.
A ``[html]``, ``[plain]``, ``[markdown]`` or ``[moodle]`` marker at the start of a text sets its format.
"""

import re

from django.utils.translation import gettext as _

from quizzes.models import Kind

from .base import (
    FULL_CREDIT,
    ParsedOption,
    ParsedQuestion,
    QuestionError,
    decode_text,
    default_name,
    tidy,
    to_plain_text,
    true_false_options,
)

# Escaped characters become private-use placeholders while the question is taken apart, so an
# escaped "=" or "}" is never read as syntax; they turn back into the characters at the end.
_ESCAPES = {char: chr(0xE000 + index) for index, char in enumerate("\\:#=~{}n")}
_ESCAPE_RE = re.compile(r"\\([\\:#=~{}n])")
_RESTORE = str.maketrans({placeholder: ("\n" if char == "n" else char) for char, placeholder in _ESCAPES.items()})
_WEIGHT_RE = re.compile(r"^%\s*(-?\d+(?:\.\d+)?)\s*%")
_TAG_RE = re.compile(r"\[tag:([^\]]+)\]")
_FORMATS = {"html", "plain", "markdown", "moodle"}
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}


def _restore(text):
    return text.translate(_RESTORE)


def _split_format(text, default):
    """(format, text without the marker) for a text that may start with ``[html]`` and the like."""
    if text.startswith("["):
        end = text.find("]")
        if end > 0 and text[1:end] in _FORMATS:
            return text[1:end], text[end + 1 :]
    return default, text


def _text(raw, default_format, warnings):
    text_format, body = _split_format(raw.strip(), default_format)
    if text_format == "moodle":
        text_format = "moodle_auto_format"
    return to_plain_text(_restore(body), text_format, warnings)


def _blocks(text):
    """(lines, comment lines) of each blank-line separated block."""
    lines, comments = [], []
    for line in [*text.split("\n"), ""]:
        stripped = line.strip()
        if not stripped:
            if lines or comments:
                yield lines, comments
            lines, comments = [], []
        elif stripped.startswith("//"):
            comments.append(stripped)
        else:
            lines.append(stripped)


def _weighted(answer, default):
    match = _WEIGHT_RE.match(answer)
    if match:
        return float(match.group(1)), answer[match.end() :]
    return default, answer


def _answer(raw, fraction, text_format, warnings):
    body, _sep, feedback = raw.partition("#")
    return ParsedOption(
        text=_text(body, text_format, warnings), fraction=fraction, feedback=_text(feedback, text_format, warnings)
    )


def _choices(question, answers, text_format):
    pieces = answers.replace("=", "~=").split("~")
    if not pieces[0].strip():
        pieces = pieces[1:]
    for piece in pieces:
        piece = piece.strip()
        if piece.startswith("="):
            fraction, piece = _weighted(piece[1:], FULL_CREDIT)
        else:
            fraction, piece = _weighted(piece, 0.0)
        question.options.append(_answer(piece, fraction, text_format, question.warnings))


def _matching(question, answers, text_format):
    pieces = answers.split("=")
    if not pieces[0].strip():
        pieces = pieces[1:]
    for piece in pieces:
        if "->" not in piece:
            raise QuestionError(_("each pair of a matching question must be written “=left -> right”"))
        left, right = piece.split("->", 1)
        question.options.append(
            ParsedOption(text=_text(left, text_format, question.warnings), match=tidy(_restore(right)))
        )


def _short(question, answers, text_format):
    pieces = answers.split("=")
    if not pieces[0].strip():
        pieces = pieces[1:]
    for piece in pieces:
        fraction, piece = _weighted(piece.strip(), FULL_CREDIT)
        question.options.append(_answer(piece, fraction, text_format, question.warnings))


def _true_false(question, answers, text_format):
    answer, *feedback = answers.split("#", 2)
    wrong = _text(feedback[0], text_format, question.warnings) if feedback else ""
    right = _text(feedback[1], text_format, question.warnings) if len(feedback) > 1 else ""
    is_true = _TRUE_FALSE[answer.strip()]
    question.options = true_false_options(
        is_true, true_feedback=right if is_true else wrong, false_feedback=wrong if is_true else right
    )


def _answer_type(answers):
    """(source type, Kind or "") of the text between the braces, decided as Moodle decides it."""
    if not answers:
        return "essay", ""
    if answers.startswith("#"):
        return "numerical", ""
    if "~" in answers:
        return "multichoice", (Kind.SINGLE if "=" in answers else Kind.MULTIPLE)
    if "=" in answers and "->" in answers:
        return "matching", Kind.MATCHING
    if answers.split("#", 1)[0].strip() in _TRUE_FALSE:
        return "truefalse", Kind.TRUE_FALSE
    return "shortanswer", Kind.SHORT


READERS = {
    Kind.SINGLE: _choices,
    Kind.MULTIPLE: _choices,
    Kind.MATCHING: _matching,
    Kind.SHORT: _short,
    Kind.TRUE_FALSE: _true_false,
}


def _read_question(text, position, comments):
    name = ""
    if text.startswith("::"):
        end = text.find("::", 2)
        if end == -1:
            text = text[2:].strip()
        else:
            name = tidy(_restore(text[2:end]))
            text = text[end + 2 :].strip()
    question = ParsedQuestion(position=position, name=name, source_type="")
    question.tags = [tag.strip() for comment in comments for tag in _TAG_RE.findall(comment)]

    start, finish = text.find("{"), text.find("}")
    if start == -1 and finish == -1:
        question.source_type = "description"
        question.stem = _text(text, "moodle", question.warnings)
        question.name = question.name or default_name(question.stem)
        return question
    if start == -1 or finish < start:
        question.name = question.name or default_name(tidy(_restore(text)))
        question.error = _("the braces { } around the answers do not match")
        return question

    answers = text[start + 1 : finish].strip()
    if finish == len(text) - 1:
        stem = text[:start]
    else:  # Moodle's "missing word" form: the answers stand for a blank inside the sentence.
        stem = text[:start] + "_____" + text[finish + 1 :]
    general_feedback = ""
    if "####" in answers:
        answers, _sep, general_feedback = answers.rpartition("####")
        answers = answers.strip()

    text_format, _body = _split_format(stem.strip(), "moodle")
    question.stem = _text(stem, "moodle", question.warnings)
    question.explanation = _text(general_feedback, text_format, question.warnings)
    question.name = question.name or default_name(question.stem)
    question.source_type, question.kind = _answer_type(answers)
    if question.kind:
        try:
            READERS[question.kind](question, answers, text_format)
        except QuestionError as error:
            question.error = str(error)
    return question


def parse(data):
    """ParsedQuestions of a GIFT file (bytes); raises ImportFileError when the file is not text."""
    questions = []
    position = 0
    for lines, comments in _blocks(decode_text(data)):
        text = _ESCAPE_RE.sub(lambda match: _ESCAPES[match.group(1)], "\n".join(lines)).strip()
        if not text or text.startswith("$CATEGORY:"):
            continue
        position += 1
        questions.append(_read_question(text, position, comments))
    return questions
