"""Evidence files, stored once by content (``<data dir>/evidence/ab/<sha256>``).

Files uploaded to a check wait under ``pending/`` until they are reported (then they move to
``evidence/``) and are purged after a day. File names given by users are only ever shown,
never used as paths: :func:`safe_filename` keeps a plain base name.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

from vetlink.errors import InputError, InputTooLarge, UnsupportedFormat

SHA256 = re.compile(r"^[0-9a-f]{64}$")
PENDING_TTL_SECONDS = 24 * 3600

IMAGE_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
}


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    kind: str
    filename: str
    content_type: str

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def safe_filename(name: str | None, default: str = "upload") -> str:
    """A display name without any directory part, control character or leading dot."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = unicodedata.normalize("NFKC", base)
    base = "".join(ch for ch in base if ch.isprintable() and ch not in '<>:"|?*')
    base = base.strip().lstrip(".").strip()
    return base[:120] or default


def image_type(data: bytes) -> str | None:
    for magic, kind in IMAGE_MAGIC.items():
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def content_type_of(data: bytes, kind: str, filename: str) -> str:
    """The type we trust (sniffed from the bytes, not the client's header)."""
    if kind == "photo":
        found = image_type(data)
        if found is None:
            raise UnsupportedFormat(f"{filename}: not a PNG, JPEG, GIF or WebP image")
        return found
    if data.lstrip()[:5] == b"%PDF-":
        return "application/pdf"
    if filename.lower().endswith(".eml"):
        return "message/rfc822"
    if data.lstrip()[:1] in (b"{", b"["):
        return "application/json"
    return "text/plain"


def check_size(data: bytes, limit: int, filename: str) -> None:
    if len(data) > limit:
        raise InputTooLarge(f"{filename}: larger than the {limit:,} bytes allowed")
    if not data:
        raise InputError(f"{filename}: is empty")


def blob_path(root: Path, sha256: str) -> Path:
    if not SHA256.match(sha256):
        raise InputError("not a sha256")
    return root / sha256[:2] / sha256


def private_dir(path: Path) -> None:
    """Create ``path`` and its missing parents readable by this account only (0700)."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)


def write_blob(root: Path, data: bytes) -> str:
    """Write ``data`` under ``root`` by its sha256, atomically and durably."""
    digest = hashlib.sha256(data).hexdigest()
    path = blob_path(root, digest)
    if path.exists():
        return digest
    private_dir(path.parent)
    tmp = path.with_name(f".{digest}.{os.getpid()}.{time.monotonic_ns()}.tmp")
    with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    return digest


class EvidenceStore:
    def __init__(self, data_dir: Path, max_bytes: int) -> None:
        self.data_dir = data_dir
        self.evidence = data_dir / "evidence"
        self.pending = data_dir / "pending"
        self.max_bytes = max_bytes

    def hold(self, data: bytes, kind: str, filename: str | None) -> StoredFile:
        """Keep an uploaded file until it is reported (or purged)."""
        name = safe_filename(filename, default=f"{kind}.bin")
        check_size(data, self.max_bytes, name)
        content_type = content_type_of(data, kind, name)
        self.purge_pending()
        digest = write_blob(self.pending, data)
        return StoredFile(digest, len(data), kind, name, content_type)

    def keep(self, sha256: str) -> None:
        """Move a held file to the evidence store (no-op when it is already there)."""
        target = blob_path(self.evidence, sha256)
        if target.exists():
            return
        source = blob_path(self.pending, sha256)
        if not source.exists():
            raise InputError("the uploaded file has expired; check it again")
        private_dir(target.parent)
        os.replace(source, target)

    def put(self, data: bytes, kind: str, filename: str | None) -> StoredFile:
        name = safe_filename(filename, default=f"{kind}.bin")
        check_size(data, self.max_bytes, name)
        digest = write_blob(self.evidence, data)
        return StoredFile(digest, len(data), kind, name, content_type_of(data, kind, name))

    def path(self, sha256: str) -> Path:
        return blob_path(self.evidence, sha256)

    def held_path(self, sha256: str) -> Path:
        return blob_path(self.pending, sha256)

    def purge_pending(self, now: float | None = None) -> int:
        if not self.pending.is_dir():
            return 0
        cutoff = (now or time.time()) - PENDING_TTL_SECONDS
        removed = 0
        for path in self.pending.glob("*/*"):
            if path.stat().st_mtime < cutoff:
                path.unlink(missing_ok=True)
                removed += 1
        return removed
