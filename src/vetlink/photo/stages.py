"""CPU time per stage of the photo path, for ``bench/photo_bench.py``. Without a
:class:`StageTimes`, timing costs nothing. Kept free of numpy and OpenCV so that
:mod:`vetlink.photo.load` can use it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field

STAGES = ("open + pixel limit", "decode", "EXIF / metadata", "resize + RGB", "hashes",
          "face detection", "AI-face features", "AI-face model", "index lookup", "signals")


@dataclass
class StageTimes:
    """CPU seconds per stage, summed over every photo timed with it."""

    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.process_time()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.process_time() - start


_NOTHING: AbstractContextManager[None] = nullcontext()


def timed(times: StageTimes | None, name: str) -> AbstractContextManager[None]:
    """A context that adds its CPU time to ``name`` in ``times`` (nothing when None)."""
    return _NOTHING if times is None else times.stage(name)
