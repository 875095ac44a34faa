"""Where a package is assembled: files on disk in a temporary folder, then one deterministic zip.

Writing every file to disk (rather than keeping them all as bytes) keeps the memory of a 100,000-person
export to the tables themselves. Members are added in name order with a fixed time and mode, so the
same files give the same zip bytes.
"""

import hashlib
import shutil
import tempfile
import weakref
import zipfile
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

FIXED_TIME = (1980, 1, 1, 0, 0, 0)
SMALL_FILE = 8 * 1024 * 1024  # deflate level 6 below this, level 1 above (large CSVs pack fast)
BLOCK = 1024 * 1024


def sha256_of(path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(BLOCK):
            digest.update(block)
    return digest.hexdigest()


class Workspace:
    """A temporary folder of package members: ``workspace[name] = bytes`` or ``workspace.path(name)``."""

    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="sauat-rdp-"))
        self._cleanup = weakref.finalize(self, shutil.rmtree, self.root, True)

    def path(self, name) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def __setitem__(self, name, data: bytes):
        self.path(name).write_bytes(data)

    def __contains__(self, name):
        return (self.root / name).is_file()

    def names(self) -> list:
        return sorted(str(path.relative_to(self.root)) for path in self.root.rglob("*") if path.is_file())

    def checksums(self, exclude=()) -> dict:
        return {name: sha256_of(self.root / name) for name in self.names() if name not in exclude}

    def zip_to(self, destination) -> str:
        """Write the zip to ``destination``; returns its SHA-256."""
        with zipfile.ZipFile(destination, "w") as archive:
            for name in self.names():
                source = self.root / name
                info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
                info.external_attr = 0o644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                info.file_size = source.stat().st_size  # lets zipfile pick ZIP64 only for members that need it
                info._compresslevel = 6 if info.file_size < SMALL_FILE else 1
                with open(source, "rb") as handle, archive.open(info, "w") as member:
                    shutil.copyfileobj(handle, member, BLOCK)
        return sha256_of(destination)

    def close(self):
        self._cleanup()


@dataclass
class Package:
    """A finished package on disk: ``path``, its ``sha256``, ``size`` and ``counts``."""

    path: Path
    sha256: str
    counts: dict
    temporary: bool = False
    _finalizer: object = field(default=None, repr=False)

    def __post_init__(self):
        if self.temporary:
            self._finalizer = weakref.finalize(self, Path(self.path).unlink, True)

    @property
    def size(self):
        return Path(self.path).stat().st_size

    @property
    def data(self) -> bytes:
        return Path(self.path).read_bytes()

    @cached_property
    def files(self) -> dict:
        """Every member's bytes (for tests and small packages)."""
        with zipfile.ZipFile(self.path) as archive:
            return {name: archive.read(name) for name in archive.namelist()}
