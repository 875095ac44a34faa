"""Import questions into the item bank from Moodle XML and GIFT files.

``parse_file(data, file_format)`` reads a file into ParsedQuestions (raising ImportFileError when the
file as a whole cannot be read); ``import_questions(parsed, ...)`` validates them and creates items.
"""

from pathlib import PurePath

from django.utils.translation import gettext as _

from . import gift, moodle_xml
from .base import (
    MAX_FILE_SIZE,
    ImportFileError,
    ImportResult,
    ParsedOption,
    ParsedQuestion,
    ReportRow,
    import_questions,
)

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "MAX_FILE_SIZE",
    "ImportFileError",
    "ImportResult",
    "ParsedOption",
    "ParsedQuestion",
    "ReportRow",
    "detect_format",
    "import_questions",
    "parse_file",
]

FORMATS = {"moodle_xml": moodle_xml.parse, "gift": gift.parse}
EXTENSIONS = {".xml": "moodle_xml", ".gift": "gift", ".txt": "gift"}


def detect_format(filename, head=b""):
    """The format a file name (and, for .txt, the start of the file) points to, or None."""
    file_format = EXTENSIONS.get(PurePath(filename or "").suffix.lower())
    if file_format == "gift" and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"<?xml", b"<quiz")):
        return "moodle_xml"  # a Moodle XML export saved as .txt
    return file_format


def parse_file(data, file_format):
    """The questions of a file in ``file_format`` ("moodle_xml" or "gift"); raises ImportFileError."""
    questions = FORMATS[file_format](data)
    if not questions:
        raise ImportFileError(_("The file contains no questions."))
    return questions
