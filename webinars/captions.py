"""WebVTT validation and SRT-to-WebVTT conversion: bytes in, cues out, or an error with its line number.

Checks what players need (W3C WebVTT): the "WEBVTT" signature, cue timings ``[hh:]mm:ss.ttt --> ...``
with minutes and seconds under 60, an end after the start, start times in order, and text in every
cue. NOTE, STYLE and REGION blocks are allowed and dropped. Pure functions, no database.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

MAX_BYTES = 2 * 1024 * 1024
VTT_TIME = re.compile(r"^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$")
SRT_TIME = re.compile(r"^(\d{1,}):([0-5]\d):([0-5]\d)[,.](\d{3})$")
TAG = re.compile(r"<[^>]*>")
LOOKS_LIKE_TIME = re.compile(r"^\d+:\d")


@dataclass(frozen=True)
class Cue:
    start_ms: int
    end_ms: int
    text: str
    identifier: str = ""

    @property
    def plain_text(self):
        """The cue text without WebVTT tags (voice spans, italics), on one line."""
        return " ".join(TAG.sub("", self.text).split())


class CaptionError(ValueError):
    def __init__(self, line, message):
        self.line = line
        self.message = message
        super().__init__(_("Line %(line)s: %(message)s") % {"line": line, "message": message})


def _decode(data):
    if isinstance(data, str):
        return data.lstrip("\ufeff")
    if len(data) > MAX_BYTES:
        raise CaptionError(1, _("The file is larger than 2 MB."))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CaptionError(line, _("The file must be UTF-8 text.")) from error


def _ms(match):
    hours, minutes, seconds, millis = match.groups()
    return ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(millis)


def _timing(line, number, pattern):
    if "-->" not in line:
        raise CaptionError(number, _("Expected a cue timing like “00:00:01.000 --> 00:00:04.000”."))
    left, right = line.split("-->", 1)
    parts = right.split()
    if not parts:
        raise CaptionError(number, _("The cue has no end time."))
    start_match, end_match = pattern.match(left.strip()), pattern.match(parts[0])
    if start_match is None:
        raise CaptionError(number, _("“%(value)s” is not a valid start time.") % {"value": left.strip()})
    if end_match is None:
        raise CaptionError(number, _("“%(value)s” is not a valid end time.") % {"value": parts[0]})
    start, end = _ms(start_match), _ms(end_match)
    if end <= start:
        raise CaptionError(number, _("The cue ends before it starts."))
    return start, end


def _blocks(lines, first_line_number):
    """Split into blocks of (line_number, text) separated by blank lines."""
    block = []
    for offset, line in enumerate(lines):
        if line.strip():
            block.append((first_line_number + offset, line.rstrip()))
        elif block:
            yield block
            block = []
    if block:
        yield block


def _check_order(cues, number, start):
    if cues and start < cues[-1].start_ms:
        raise CaptionError(number, _("Cues must be in time order; this one starts before the previous one."))


def parse_webvtt(text):
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    signature = lines[0]
    if not (signature == "WEBVTT" or signature.startswith(("WEBVTT ", "WEBVTT\t"))):
        raise CaptionError(1, _("A WebVTT file must start with “WEBVTT”."))
    header_end = 1
    while header_end < len(lines) and lines[header_end].strip():
        if "-->" in lines[header_end]:
            raise CaptionError(header_end + 1, _("Leave an empty line after the “WEBVTT” header."))
        header_end += 1
    cues = []
    for block in _blocks(lines[header_end:], header_end + 1):
        number, first = block[0]
        if first.startswith(("NOTE", "STYLE", "REGION")) and "-->" not in first:
            continue
        identifier = ""
        if "-->" not in first:
            if LOOKS_LIKE_TIME.match(first):  # a mistyped timing, not an identifier
                _timing(first, number, VTT_TIME)
            identifier = first
            if len(block) < 2:
                raise CaptionError(number, _("Expected a cue timing after the cue identifier."))
            block = block[1:]
        number, timing_line = block[0]
        start, end = _timing(timing_line, number, VTT_TIME)
        text_lines = [line for _n, line in block[1:]]
        if not text_lines:
            raise CaptionError(number, _("The cue has no text."))
        for text_number, line in block[1:]:
            if "-->" in line:
                raise CaptionError(text_number, _("Cue text cannot contain “-->”; leave an empty line between cues."))
        _check_order(cues, number, start)
        cues.append(Cue(start, end, "\n".join(text_lines), identifier))
    if not cues:
        raise CaptionError(len(lines), _("The file has no cues."))
    return cues


def parse_srt(text):
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cues = []
    for block in _blocks(lines, 1):
        number, first = block[0]
        if not first.strip().isdigit():
            raise CaptionError(number, _("Expected the number of the subtitle."))
        if len(block) < 2:
            raise CaptionError(number, _("Expected a subtitle timing after its number."))
        timing_number, timing_line = block[1]
        start, end = _timing(timing_line, timing_number, SRT_TIME)
        if len(block) < 3:
            raise CaptionError(timing_number, _("The cue has no text."))
        _check_order(cues, timing_number, start)
        cues.append(Cue(start, end, "\n".join(line for _n, line in block[2:]).replace("-->", "→")))
    if not cues:
        raise CaptionError(len(lines), _("The file has no cues."))
    return cues


def parse_captions(data, filename=""):
    """Parse WebVTT or SRT (by content, or the ``.srt`` name); returns (cues, source_format)."""
    text = _decode(data)
    first = text.lstrip("\n\r ").split("\n", 1)[0].strip()
    if first.startswith("WEBVTT") or filename.lower().endswith(".vtt"):
        return parse_webvtt(text), "vtt"
    if filename.lower().endswith(".srt") or first.isdigit():
        return parse_srt(text), "srt"
    return parse_webvtt(text), "vtt"


def format_timestamp(ms):
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def to_webvtt(cues):
    """Serialise cues as a normalised WebVTT document."""
    parts = ["WEBVTT", ""]
    for cue in cues:
        if cue.identifier:
            parts.append(cue.identifier)
        parts.append(f"{format_timestamp(cue.start_ms)} --> {format_timestamp(cue.end_ms)}")
        parts.append(cue.text)
        parts.append("")
    return "\n".join(parts)
