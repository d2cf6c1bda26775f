"""Signals that need the profile and the conversation together (``pair.*``).

They run only when a profile is checked together with a conversation, so that what neither
input shows alone is still said: above all, that the two may not be the same person.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from vetlink.domain import Conversation, Profile
from vetlink.signals.base import Context, Hit, signal

MAX_NAME = 300
EMAIL_PART_RE = re.compile(r"<[^<>\s]{1,200}>|\S{1,100}@\S{1,200}")
WORD_RE = re.compile(r"[^\W\d_]{2,40}")
TITLES = frozenset(["dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir", "dame",
                    "herr", "frau", "mme", "sr", "sra", "dott", "ing"])


@dataclass(frozen=True)
class Pair:
    profile: Profile
    conversation: Conversation


def name_words(name: str) -> set[str]:
    """The words of a name, lower case, accents and titles removed; an e-mail address
    counts by its local part ("j.smith@x.org" -> {"smith"})."""
    name = name[:MAX_NAME]
    locals_ = [m.group(0).strip("<>").split("@", 1)[0] for m in EMAIL_PART_RE.finditer(name)]
    text = EMAIL_PART_RE.sub(" ", name) + " " + " ".join(locals_).replace(".", " ")
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return {w for w in WORD_RE.findall(plain.lower()) if w not in TITLES}


@signal(
    "pair.sender_name_differs",
    severity="low",
    title="The messages come from a different name than the profile",
    advice="Ask who is writing and why under another name. It can be innocent (an assistant, "
    "a shared company inbox, a nickname), but a hostile approach may borrow a real person's "
    "profile while someone else does the talking.",
)
def sender_name_differs(pair: Pair, ctx: Context) -> Iterator[Hit]:
    """A profile checked together with a conversation whose sender shows a name that shares
    no word with the profile's name (titles, accents and e-mail domains aside; "Priya" and
    "Dr Priya Nair" match, so does "p.nair@firm.com"). Low: a recruiter's assistant or a
    shared inbox is common, but the combined result is only about one person if the two are
    the same, so it must be said."""
    contact = pair.conversation.contact
    if not contact or not pair.profile.name or pair.profile.name == "?":
        return
    theirs, profile = name_words(contact), name_words(pair.profile.name)
    if theirs and profile and not theirs & profile:
        yield Hit(f"the profile is '{pair.profile.name}', the messages are from '{contact}'",
                  where="profile and conversation")
