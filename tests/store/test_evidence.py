"""Evidence files: content-addressed, size-limited, safe names, pending purge."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from vetlink.errors import InputError, InputTooLarge, UnsupportedFormat
from vetlink.store.evidence import EvidenceStore, safe_filename

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.mark.parametrize(("given", "shown"), [
    ("../../etc/passwd", "passwd"),
    ("..\\..\\windows\\system32\\cmd.exe", "cmd.exe"),
    ("/abs/path/photo.png", "photo.png"),
    (".hidden", "hidden"),
    ("a\x00b\nc.txt", "abc.txt"),
    ("<script>.png", "script.png"),
    ("", "upload"),
    ("..", "upload"),
])
def test_file_names_lose_every_path_trick(given: str, shown: str) -> None:
    assert safe_filename(given) == shown


def test_files_are_stored_once_by_their_sha256(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path, 1024)
    first = store.put(PNG, "photo", "../me.png")
    second = store.put(PNG, "photo", "other.png")
    digest = hashlib.sha256(PNG).hexdigest()
    assert first.sha256 == second.sha256 == digest
    assert store.path(digest).read_bytes() == PNG
    assert store.path(digest).parent.parent == tmp_path / "evidence"
    assert first.filename == "me.png"
    assert first.content_type == "image/png"


def test_oversized_and_empty_files_are_refused(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path, 16)
    with pytest.raises(InputTooLarge):
        store.hold(b"x" * 17, "profile", "big.txt")
    with pytest.raises(InputError, match="empty"):
        store.hold(b"", "profile", "empty.txt")


def test_a_photo_must_be_an_image(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormat):
        EvidenceStore(tmp_path, 1024).hold(b"<?php echo 1; ?>", "photo", "x.png")


def test_held_files_move_to_evidence_when_kept(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path, 1024)
    held = store.hold(PNG, "photo", "p.png")
    assert store.held_path(held.sha256).exists()
    store.keep(held.sha256)
    assert store.path(held.sha256).read_bytes() == PNG
    assert not store.held_path(held.sha256).exists()


def test_stale_held_files_are_purged(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path, 1024)
    held = store.hold(PNG, "photo", "p.png")
    old = store.held_path(held.sha256)
    os.utime(old, (0, 0))
    assert store.purge_pending() == 1
    with pytest.raises(InputError, match="expired"):
        store.keep(held.sha256)


def test_only_sha256_names_reach_the_file_system(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        EvidenceStore(tmp_path, 1024).path("../../secret_key")
