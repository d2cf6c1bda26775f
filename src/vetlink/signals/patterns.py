"""Contact-detail patterns shared by the message and the profile signals.

Kept apart from :mod:`vetlink.signals.message` so that checking a profile does not import the
message rules. Light on purpose: a few compiled patterns, no signal is registered here."""

from __future__ import annotations

import re

from vetlink.signals.message_view import rx

# Private messaging apps a contact may try to move a conversation to.
OFF_PLATFORM_APPS = [
    rx(r"whats ?app", r"we ?chat", r"telegram", r"skype", r"viber", r"kakao ?talk", r"line app",
       r"(?:on|via|over|use|download|install) signal", r"signal (?:app|messenger|number|chat)",
       r"threema", r"wickr", r"session app"),
]
# An international phone number (+44..., 0044...); callers keep those of 9 to 15 digits.
PHONE_RE = re.compile(r"(?<![\w/#])(?:\+|00)\d[\d \-().]{7,18}\d(?!\w)")
