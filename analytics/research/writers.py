"""Each table as CSV, Parquet, SPSS .sav, Stata .dta and an Excel sheet: pure functions, Table in, bytes out.

Determinism (research-export.md §6.5 rule 7): the same table gives the same bytes. Whole-number floats
are written without ".0" so the reserved codes read "-91" everywhere; readstat stamps .sav/.dta files
with the clock, so the stamp is set to the data's own cut-off; Excel parts get a fixed zip time and
document dates.
"""

import io
import json
import multiprocessing
import os
import re
import shutil
import tempfile
import traceback
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pyreadstat
from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

from django.conf import settings

from . import privacy
from .variables import RESERVED

SAV_VALUE_LABEL_BYTES = 120
SAV_VARIABLE_LABEL_BYTES = 255
DTA_LABEL_CHARS = 80
DTA_STRING_CHARS = 2000
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FLOAT_FORMAT = "%.10g"  # -91.0 -> "-91", 1/3 -> "0.3333333333"
#: In .sav/.dta, text columns with at most this many distinct values (instrument, item, phase, form,
#: language...) are stored as labelled numeric codes, as Stata's ``encode`` does: much faster to
#: write and read than millions of strings. The participant pseudonym always stays text.
ENCODE_MAX_DISTINCT = 5000
ENCODE_MAX_CHARS = 60  # a value label holds 120 bytes in SPSS: longer texts (free text) stay strings
#: Offset of the creation date ("dd Mon yy") and time ("hh:mm:ss") in a .sav header: after the record
#: type (4 bytes), product name (60), layout code, case size, compression, weight index, case count (4 each)
#: and the bias (8).
SAV_STAMP = 92


def _truncate_bytes(text, limit):
    data = text.encode()
    if len(data) <= limit:
        return text
    return data[:limit].decode(errors="ignore")


def masked_frame(table):
    """The table with text cells a spreadsheet would run as formulas masked (numbers untouched)."""
    frame = table.frame[[variable.name for variable in table.variables]].copy()
    for variable in table.variables:
        if variable.type == "string":
            frame[variable.name] = privacy.mask_series(frame[variable.name])
    return frame


def write_csv(table, path, *, bom=False):
    """RFC 4180 CSV, UTF-8 (a BOM on request, for Excel); whole-number floats written without ".0"."""
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        masked_frame(table).to_csv(handle, index=False, lineterminator="\n", float_format=FLOAT_FORMAT)


def to_csv(table, *, bom=False) -> bytes:
    buffer = io.StringIO()
    masked_frame(table).to_csv(buffer, index=False, lineterminator="\n", float_format=FLOAT_FORMAT)
    data = buffer.getvalue().encode()
    return (b"\xef\xbb\xbf" + data) if bom else data


def write_parquet(table, codebook_rows, path):
    Path(path).write_bytes(to_parquet(table, codebook_rows))


def to_parquet(table, codebook_rows) -> bytes:
    frame = table.frame.copy()
    for variable in table.variables:
        if variable.type == "string":
            frame[variable.name] = frame[variable.name].astype(object).where(frame[variable.name].notna(), None)
    arrow = pa.Table.from_pandas(frame, preserve_index=False)
    metadata = dict(arrow.schema.metadata or {})
    metadata[b"sauat:codebook"] = json.dumps(codebook_rows, ensure_ascii=False, sort_keys=True).encode()
    arrow = arrow.replace_schema_metadata(metadata)
    buffer = io.BytesIO()
    pq.write_table(arrow, buffer, compression="zstd")
    return buffer.getvalue()


def _readstat_frame(table, *, stata=False):
    """(frame for pyreadstat, {column: {code: text}} of text columns stored as labelled codes)."""
    frame = pd.DataFrame(index=table.frame.index)
    encoded = {}
    for variable in table.variables:
        series = table.frame[variable.name]
        if variable.type == "string":
            values = series.astype(object).where(series.notna(), "")
            distinct = pd.unique(values.to_numpy())
            short = all(len(str(text)) <= ENCODE_MAX_CHARS for text in distinct[: ENCODE_MAX_DISTINCT + 1])
            if variable.name != "pid" and len(distinct) <= ENCODE_MAX_DISTINCT and short:
                texts = sorted(text for text in distinct if text != "")
                codes = {text: float(position) for position, text in enumerate(texts, start=1)}
                frame[variable.name] = values.map(codes).astype("float64")  # "" becomes system missing
                encoded[variable.name] = {code: text for text, code in codes.items()}
                continue
            if stata and len(values) and values.map(len).max() > DTA_STRING_CHARS:
                values = values.str.slice(0, DTA_STRING_CHARS)  # the full text is in the CSV and Parquet files
            frame[variable.name] = values
        else:
            values = series.to_numpy(dtype="float64", na_value=np.nan)
            if stata and variable.missing:
                reserved = (values <= -91) & (values >= -96)
                if reserved.any():
                    mixed = values.astype(object)
                    letters = {float(code): letter for code, (letter, _label) in RESERVED.items()}
                    mixed[reserved] = [letters[value] for value in values[reserved]]
                    values = mixed
            frame[variable.name] = values
    return frame, encoded


def _stamp(data, cutoff, *, stata):
    """Replace readstat's creation time with ``cutoff`` (the newest submission in the data)."""
    local = cutoff.tz_convert("Asia/Almaty") if cutoff.tzinfo else cutoff
    if stata:
        stamp = local.strftime("%d %b %Y %H:%M").encode()
        return re.sub(
            rb"<timestamp>\x11.{17}</timestamp>",
            b"<timestamp>\x11" + stamp + b"</timestamp>",
            data,
            count=1,
            flags=re.S,
        )
    date, time = local.strftime("%d %b %y").encode(), local.strftime("%H:%M:%S").encode()
    return data[:SAV_STAMP] + date + time + data[SAV_STAMP + 17 :]


def _write_with(writer, suffix, **kwargs):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "table" + suffix)
        writer(dst_path=path, **kwargs)
        with open(path, "rb") as handle:
            return handle.read()


def to_sav(table, cutoff, language="kk") -> bytes:
    """SPSS .sav: variable and value labels in ``language``, reserved codes as one user-missing range."""
    frame, encoded = _readstat_frame(table)
    labels, value_labels, missing, measure = {}, {}, {}, {}
    for variable in table.variables:
        labels[variable.name] = _truncate_bytes(
            variable.label.get(language) or variable.label["kk"], SAV_VARIABLE_LABEL_BYTES
        )
        if variable.type != "string":
            measure[variable.name] = variable.measure
            if variable.coded:
                value_labels[variable.name] = {
                    float(code): _truncate_bytes(text, SAV_VALUE_LABEL_BYTES)
                    for code, text in variable.value_labels(language).items()
                }
            if variable.missing:
                missing[variable.name] = [{"lo": -96.0, "hi": -91.0}]
        else:
            measure[variable.name] = "nominal"
    for name, texts in encoded.items():
        value_labels[name] = {code: _truncate_bytes(text, SAV_VALUE_LABEL_BYTES) for code, text in texts.items()}
    data = _write_with(
        pyreadstat.write_sav,
        ".sav",
        df=frame,
        column_labels=labels,
        variable_value_labels=value_labels,
        missing_ranges=missing,
        variable_measure=measure,
        file_label=table.name,
    )
    return _stamp(data, cutoff, stata=False)


def to_dta(table, cutoff, language="kk") -> bytes:
    """Stata .dta release 118 (UTF-8, Stata 14+): labels cut to 80 characters; reserved codes .a-.f."""
    frame, encoded = _readstat_frame(table, stata=True)
    labels, value_labels, missing = {}, {}, {}
    for variable in table.variables:
        labels[variable.name] = (variable.label.get(language) or variable.label["kk"])[:DTA_LABEL_CHARS]
        if variable.type != "string" and variable.values:
            value_labels[variable.name] = {
                int(code): text for code, text in variable.value_labels(language, with_reserved=False).items()
            }
        if variable.type != "string" and variable.missing:
            missing[variable.name] = [letter for letter, _label in RESERVED.values()]
    for name, texts in encoded.items():
        value_labels[name] = {int(code): text for code, text in texts.items()}
    data = _write_with(
        pyreadstat.write_dta,
        ".dta",
        df=frame,
        column_labels=labels,
        variable_value_labels=value_labels,
        missing_user_values=missing,
        version=14,
        file_label=table.name[:80],
    )
    return _stamp(data, cutoff, stata=True)


def _write_stats_files(tables, cutoff, spss, stata, errors):
    """Every table as .sav into ``spss`` and .dta into ``stata`` (a failure is written to ``errors``)."""
    try:
        for table in tables:
            Path(spss, f"{table.name}.sav").write_bytes(to_sav(table, cutoff))
            Path(stata, f"{table.name}.dta").write_bytes(to_dta(table, cutoff))
    except Exception:  # reported to the parent, which fails the export with it
        Path(errors).write_text(traceback.format_exc())
        raise


class StatsFiles:
    """The SPSS and Stata copies, written by a forked child process while this one writes the rest.

    readstat holds the interpreter for every cell, so on a two-core server the two halves of the
    package are written side by side. The child shares the tables copy-on-write, never touches the
    database, and leaves with os._exit (multiprocessing's fork start), so the parent's connections
    stay intact. Where fork is not available the files are written in this process.
    """

    def __init__(self, tables, cutoff, spss, stata):
        Path(spss).mkdir(parents=True, exist_ok=True)
        Path(stata).mkdir(parents=True, exist_ok=True)
        self.errors = Path(tempfile.mkdtemp(prefix="sauat-rdp-errors-")) / "error.txt"
        self.args = (tables, cutoff, spss, stata, self.errors)
        self.process = None
        if "fork" in multiprocessing.get_all_start_methods():
            self.process = multiprocessing.get_context("fork").Process(
                target=_write_stats_files, args=self.args, daemon=True
            )

    def start(self):
        if self.process is not None:
            self.process.start()
        return self

    def wait(self):
        """Block until the files are written; raises RuntimeError if the child failed."""
        try:
            if self.process is None:
                _write_stats_files(*self.args)
                return
            self.process.join()
            if self.process.exitcode != 0 or self.errors.exists():
                detail = self.errors.read_text().strip().splitlines()[-1] if self.errors.exists() else ""
                message = f"Writing the SPSS and Stata files failed (exit code {self.process.exitcode}). {detail}"
                raise RuntimeError(message.strip())
        finally:
            shutil.rmtree(self.errors.parent, ignore_errors=True)


class _FixedTimeZip(zipfile.ZipFile):
    """A zip whose members all carry the same time, so equal content gives equal bytes."""

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if not isinstance(zinfo_or_arcname, zipfile.ZipInfo):
            zinfo_or_arcname = zipfile.ZipInfo(zinfo_or_arcname, date_time=FIXED_ZIP_TIME)
            zinfo_or_arcname.compress_type = compress_type or self.compression
            zinfo_or_arcname.external_attr = 0o644 << 16
        super().writestr(zinfo_or_arcname, data, compress_type=compress_type, compresslevel=compresslevel)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """openpyxl's write-only sheets arrive as temporary files: store their bytes with the fixed time."""
        with open(filename, "rb") as handle:
            self.writestr(arcname or os.path.basename(filename), handle.read(), compress_type, compresslevel)


def _sheet_title(name, taken):
    title = name[:31]
    n = 2
    while title in taken:
        title = f"{name[:28]}_{n}"
        n += 1
    taken.add(title)
    return title


def to_xlsx(tables, codebook_rows, cutoff, notes) -> tuple[bytes, list]:
    """One workbook: a sheet per table that fits (XLSX_MAX_CELLS), then the codebook. Returns (bytes, left out)."""
    workbook = Workbook(write_only=True)
    taken, left_out = set(), []
    for table in tables:
        cells = len(table.frame) * max(1, len(table.variables))
        if cells > settings.SAUAT_RESEARCH_XLSX_MAX_CELLS or len(table.frame) >= 1_048_575:
            left_out.append(table.name)
            continue
        sheet = workbook.create_sheet(_sheet_title(table.name, taken))
        sheet.append([variable.name for variable in table.variables])
        for row in _typed_rows(table):
            sheet.append(row)
    sheet = workbook.create_sheet(_sheet_title("codebook", taken))
    if codebook_rows:
        header = list(codebook_rows[0])
        sheet.append(header)
        for row in codebook_rows:
            sheet.append([privacy.mask(_cell(row[name])) for name in header])
    if left_out:
        sheet = workbook.create_sheet(_sheet_title("README", taken))
        sheet.append([notes])
        for name in left_out:
            sheet.append([name])
    stamp = cutoff.tz_convert("UTC").tz_localize(None).to_pydatetime().replace(microsecond=0)
    workbook.properties.creator = "Sauat"
    workbook.properties.created = stamp
    buffer = io.BytesIO()
    with _FixedTimeZip(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        workbook.properties.modified = stamp
        ExcelWriter(workbook, archive).write_data()
    return buffer.getvalue(), left_out


def _cell(value):
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def _typed_rows(table):
    columns = []
    for variable in table.variables:
        series = table.frame[variable.name]
        if variable.type == "string":
            columns.append([privacy.mask(value) if isinstance(value, str) else None for value in series.astype(object)])
        else:
            array = series.to_numpy(dtype="float64", na_value=np.nan)
            columns.append([None if np.isnan(v) else (int(v) if v == int(v) else float(v)) for v in array])
    return zip(*columns, strict=True) if columns else []


__all__ = ["to_csv", "to_dta", "to_parquet", "to_sav", "to_xlsx"]
