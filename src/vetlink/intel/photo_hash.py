"""Photo hashes in shared intelligence: the whole-photo perceptual hashes of
:mod:`vetlink.photo.hashing` (pHash, dHash, aHash and the colour-edge hash, 64 bits each) as
one 64-digit hex string ``p || d || a || e``.

In STIX patterns it is the custom hash type ``x-vetlink-phash`` of a ``file``
(``[file:hashes.'x-vetlink-phash' = '…']``); in MISP a ``text`` attribute with that comment.
Matching uses the photo index's own rule and thresholds (:func:`vetlink.photo.index.
print_distances`), comparing the checked photo's 19 views and its mirror image with the
shared whole-photo hash, so a resized, re-compressed, mirrored or slightly cropped copy still
matches.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from vetlink.photo.hashing import PhotoPrint

HASH_TYPE = "x-vetlink-phash"
HEX = re.compile(r"^[0-9a-f]{64}$")


def hex_of_row(row: np.ndarray) -> str:
    """One view's four hashes (uint64) -> 64 hex digits."""
    return "".join(f"{int(value):016x}" for value in row[:4])


def hex_of_print(fingerprint: PhotoPrint) -> str:
    return hex_of_row(fingerprint.direct[0])


def row_of_hex(text: str) -> list[int] | None:
    value = text.strip().lower()
    if not HEX.match(value):
        return None
    return [int(value[i:i + 16], 16) for i in range(0, 64, 16)]


def stack(rows: list[list[int]]) -> np.ndarray:
    """Rows of four hashes -> the (N, 1, 4) uint64 array the index's matcher compares with."""
    import numpy as np

    return np.array(rows, dtype=np.uint64).reshape(-1, 1, 4)


def matching_rows(fingerprint: PhotoPrint, stored: np.ndarray) -> list[tuple[int, int]]:
    """(row, distance) of the stored whole-photo hashes this photo matches."""
    import numpy as np

    from vetlink.photo.index import MATCH_DISTANCE, RECOLOURED_DISTANCE, print_distances

    if fingerprint.flat or not len(stored):
        return []
    found: dict[int, int] = {}
    for views in (fingerprint.direct, fingerprint.mirrored):
        distance = print_distances(views, stored, MATCH_DISTANCE)
        for row in np.flatnonzero(distance <= RECOLOURED_DISTANCE):
            found[int(row)] = min(found.get(int(row), 999), int(distance[row]))
    return sorted(found.items())
