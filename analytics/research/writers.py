"""Each table as CSV, Parquet, SPSS .sav, Stata .dta and an Excel sheet: pure functions, Table in, bytes out.

Determinism (research-export.md §6.5 rule 7): the same table gives the same bytes. Whole-number floats
are written without ".0" so the reserved codes read "-91" everywhere; readstat stamps .sav/.dta files
with the clock, so the stamp is set to the data's own cut-off; Excel parts get a fixed zip time and
document dates.
"""

import io
import json
import os
import tempfile
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


def _number_text(values):
    """Floats as text: whole numbers without ".0", others with up to 10 significant digits; NaN empty."""
    array = values.to_numpy(dtype="float64", na_value=np.nan)
    out = np.full(array.shape, "", dtype=object)
    finite = np.isfinite(array)
    whole = finite & (array == np.round(array))
    out[whole] = array[whole].astype(np.int64).astype(str)
    rest = finite & ~whole
    if rest.any():
        out[rest] = [f"{value:.10g}" for value in array[rest]]
    return out


def masked_frame(table):
    """The table as CSV writes it: text that a spreadsheet would run as a formula masked; numbers with
    no ".0" on whole values (so the reserved codes read -91 everywhere), fractions to 10 digits."""
    columns = {}
    for variable in table.variables:
        series = table.frame[variable.name]
        if variable.type == "string":
            columns[variable.name] = privacy.mask_series(series)
        elif series.dtype.kind == "f":
            array = series.to_numpy(dtype="float64", na_value=np.nan)
            finite = array[np.isfinite(array)]
            if np.array_equal(finite, np.round(finite)) and (np.abs(finite) < 2**53).all():
                columns[variable.name] = pd.array(np.where(np.isfinite(array), array, 0).astype(np.int64), "Int64")
                columns[variable.name][~np.isfinite(array)] = pd.NA
            else:
                columns[variable.name] = _number_text(series)
        else:
            columns[variable.name] = series
    return pd.DataFrame(columns, index=table.frame.index)


def write_csv(table, path, *, bom=False):
    """RFC 4180 CSV, UTF-8 (a BOM on request, for Excel); whole-number floats written without ".0"."""
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        masked_frame(table).to_csv(handle, index=False, lineterminator="\n")


def to_csv(table, *, bom=False) -> bytes:
    buffer = io.StringIO()
    masked_frame(table).to_csv(buffer, index=False, lineterminator="\n")
    data = buffer.getvalue().encode()
    return (b"\xef\xbb\xbf" + data) if bom else data


def write_parquet(table, codebook_rows, path):
    pq.write_table(_arrow(table, codebook_rows), str(path), compression="zstd")


def to_parquet(table, codebook_rows) -> bytes:
    buffer = io.BytesIO()
    pq.write_table(_arrow(table, codebook_rows), buffer, compression="zstd")
    return buffer.getvalue()


def _arrow(table, codebook_rows):
    """The table as an Arrow table (text columns with few values stay dictionary-encoded), the
    codebook rows in the schema metadata."""
    columns = {}
    for variable in table.variables:
        series = table.frame[variable.name]
        if variable.type == "string" and series.dtype == object:
            series = series.where(series.notna(), None)
        columns[variable.name] = series
    arrow = pa.Table.from_pandas(pd.DataFrame(columns), preserve_index=False)
    metadata = dict(arrow.schema.metadata or {})
    metadata[b"sauat:codebook"] = json.dumps(codebook_rows, ensure_ascii=False, sort_keys=True).encode()
    return arrow.replace_schema_metadata(metadata)


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


def _stamp(path, cutoff, *, stata):
    """Overwrite, in place, readstat's creation time in the file's header with ``cutoff`` (the newest
    submission in the data), so the same data give the same bytes."""
    local = cutoff.tz_convert("Asia/Almaty") if cutoff.tzinfo else cutoff
    with open(path, "r+b") as handle:
        if stata:
            head = handle.read(4096)
            at = head.find(b"<timestamp>\x11")
            if at < 0:
                raise ValueError("No timestamp in the .dta header")
            handle.seek(at + len(b"<timestamp>\x11"))
            handle.write(local.strftime("%d %b %Y %H:%M").encode())
        else:
            handle.seek(SAV_STAMP)
            handle.write(local.strftime("%d %b %y").encode() + local.strftime("%H:%M:%S").encode())


def _write_with(writer, path, cutoff, *, stata, **kwargs):
    writer(dst_path=str(path), **kwargs)
    _stamp(path, cutoff, stata=stata)


def to_sav(table, cutoff, language="kk") -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "table.sav")
        write_sav(table, cutoff, path, language)
        return path.read_bytes()


def to_dta(table, cutoff, language="kk") -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "table.dta")
        write_dta(table, cutoff, path, language)
        return path.read_bytes()


def write_sav(table, cutoff, path, language="kk"):
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
    _write_with(
        pyreadstat.write_sav,
        path,
        cutoff,
        stata=False,
        df=frame,
        column_labels=labels,
        variable_value_labels=value_labels,
        missing_ranges=missing,
        variable_measure=measure,
        file_label=table.name,
    )


def write_dta(table, cutoff, path, language="kk"):
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
    _write_with(
        pyreadstat.write_dta,
        path,
        cutoff,
        stata=True,
        df=frame,
        column_labels=labels,
        variable_value_labels=value_labels,
        missing_user_values=missing,
        version=14,
        file_label=table.name[:80],
    )


def stats_tables(tables):
    """(tables copied to .sav/.dta, names of tables too large for them: CSV and Parquet only)."""
    limit = settings.SAUAT_RESEARCH_STATS_MAX_CELLS
    fits = [table for table in tables if len(table.frame) * max(1, len(table.variables)) <= limit]
    return fits, [table.name for table in tables if table not in fits]


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
