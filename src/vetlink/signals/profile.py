"""Profile signals: hallmarks of fake and hostile personas in the profile itself.

Each function is one signal. It receives the Profile and the Context and yields evidence.
"""

from __future__ import annotations

from collections.abc import Iterator

from vetlink.domain import Profile
from vetlink.signals.base import Context, signal


@signal(
    "profile.no_photo",
    severity="medium",
    title="No profile photo",
    advice="Ask yourself why a professional would hide their face; fake personas often have "
    "no photo or a stolen one.",
    needs=("photo",),
)
def no_photo(profile: Profile, ctx: Context) -> Iterator[str]:
    """The profile shows no photo of its owner. Silent when the source cannot show photos
    (a PDF export)."""
    if profile.photo is not None and profile.photo.present is False and not profile.photo.path:
        yield "the profile has no photo"
