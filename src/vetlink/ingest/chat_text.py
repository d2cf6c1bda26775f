"""Text pasted from a chat or an inbox: find the sender turns where the paste shows them.

Recognised turn headers (one per line):

- ``You:`` / ``Me:`` (the user) and ``Name: text`` chat lines,
- a name with a time, as chat apps and LinkedIn show them: ``Alice Smith  10:42 AM``,
  ``Alice Smith · 10:42``, or the name on one line and the time on the next,
- LinkedIn's ``Alice Smith sent the following message at 10:42 AM``,
- WhatsApp exports: ``[12/03/2024, 10:42:13] Alice Smith: text``,
- email quoting: ``On Mon, 4 Mar 2024 at 10:42, Alice <a@x.org> wrote:``, ``-----Original
  Message-----`` and lines starting with ``>``.

Who is who, from the surest clue to the weakest:

1. ``You``/``Me``/``You sent`` lines are the user; every named speaker is then a contact.
2. A speaker whose name matches one of the ``user_names`` given (the viewer's own profile
   name) is the user, and the others are contacts. When no speaker carries that name but one
   greets it ("Hi Priya"), that speaker is the contact.
3. With exactly two named speakers and nothing else known, the contact is the one who makes
   the approach (the first to offer a role, an opportunity or an invitation), else the first
   speaker. The roles are then a guess, and :func:`sender_roles_note` says so.

In an email thread the newest (unquoted) text is the contact's and the quoted messages
alternate. A paste with no turns at all is one message from the contact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from vetlink.domain import Conversation, Message
from vetlink.errors import InputError
from vetlink.ingest.budget import check
from vetlink.ingest.page_vocab import CHAT_CHROME

NAME = r"[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3}"
TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
DATE = r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}"

SELF_RE = re.compile(r"^\s*(?P<name>you|me)\s*:\s*(?P<text>.*)$", re.I)
# Messenger-style copies put "You sent" (and "Name sent") on its own line above a message;
# "Name sent" lines count only in a paste that has a "You sent" line.
SENT_RE = re.compile(rf"^\s*(?P<name>{NAME}) sent\s*(?:[·•|,–-]\s*)?(?:{TIME})?\s*$")
YOU_SENT_RE = re.compile(rf"^\s*You sent\s*(?:[·•|,–-]\s*)?(?:{TIME})?\s*$")
LINKEDIN_RE = re.compile(r"^\s*(?P<name>.{1,60}?) sent the following messages? at .{1,40}$")
TIMED_RE = re.compile(
    rf"^\s*(?P<name>{NAME}|You|Me)\s*(?:[·•|,–-]\s*)?(?:{DATE},?\s*)?{TIME}\s*$"
)
WHATSAPP_RE = re.compile(
    rf"^\s*\[?{DATE},?\s+{TIME}\]?\s*(?:-\s*)?(?P<name>[^:\n]{{1,40}}):\s(?P<text>.*)$"
)
NAMED_RE = re.compile(rf"^\s*(?P<name>{NAME}):\s+(?P<text>\S.*)$")
ATTRIBUTION_RE = re.compile(r"^\s*(?:>\s*)*On .{4,120}?(?P<name>[^,]{1,80}?)\s+wrote:\s*$")
ORIGINAL_RE = re.compile(r"^\s*-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}\s*$", re.I)
FILE_LINE_RE = re.compile(
    r"^\s*(?P<file>[\w .()'-]{1,120}\.(?:pdf|docx?|docm|xlsx?|xlsm|pptx?|zip|rar|7z|iso|img|"
    r"exe|msi|lnk|js|vbs|scr|bat|hta|jar|apk))(?:\s+\d+(?:[.,]\d+)?\s?[KMG]B)?\s*$",
    re.I,
)

# Words that look like a chat speaker in "Word: text" but are labels, not people.
NOT_NAMES = frozenset(
    [
        "subject", "re", "fwd", "fw", "from", "to", "cc", "bcc", "date", "sent", "note", "ps",
        "tel", "phone", "mobile", "email", "e-mail", "web", "website", "www", "http", "https",
        "attachment", "attachments", "regards", "location", "salary", "role", "position", "title",
        "company", "address", "time", "when", "where", "what", "why", "how", "q", "a", "answer",
        "question", "agenda", "topic", "fee", "rate", "budget", "deadline", "link", "url", "skype",
        "whatsapp", "wechat", "telegram", "signal"
    ]
)


@dataclass
class Turn:
    speaker: str  # "user", "contact" or a name as shown
    lines: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)


def parse_chat_text(
    text: str, where: str = "input", user_names: Sequence[str] = ()
) -> Conversation:
    """Build a Conversation from pasted text; sender turns are detected where shown.
    ``user_names`` are the user's own names (e.g. the viewer profile's), when known."""
    if not text.strip():
        raise InputError(f"{where}: is empty")
    check(where, "text_chars", len(text))
    turns = email_turns(text) or chat_turns(text.split("\n"))
    pairs, guess = assign(turns, user_names)
    messages = [m for m in (to_message(t, who) for t, who in pairs) if m is not None]
    if not messages:
        raise InputError(f"{where}: no message text found")
    check(where, "parts", len(messages))
    conversation = Conversation(messages=messages, contact=contact_name(pairs))
    if guess:
        conversation.note_roles_guess(guess)
    return conversation


def sender_roles_note(conversation: Conversation) -> str | None:
    """How the sender roles of a pasted conversation were guessed, when they were."""
    return conversation.roles_guess


def contact_name(pairs: list[tuple[Turn, str]]) -> str | None:
    """The name the paste shows for the contact, if any."""
    for turn, who in pairs:
        if who == "contact" and turn.speaker not in ("user", "contact"):
            return turn.speaker
    return None


NAME_LINE_RE = re.compile(rf"^\s*(?P<name>{NAME}|You|Me)\s*$")
TIME_LINE_RE = re.compile(rf"^\s*(?:{DATE},?\s*)?{TIME}\s*$")


def join_name_time_lines(lines: list[str]) -> list[str]:
    """LinkedIn copies put the name and the time on two lines: join them into one header."""
    joined: list[str] = []
    skip = False
    for i, line in enumerate(lines):
        if skip:
            skip = False
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if NAME_LINE_RE.match(line) and TIME_LINE_RE.match(following):
            joined.append(f"{line.strip()}  {following.strip()}")
            skip = True
        else:
            joined.append(line)
    return joined


CHROME_PREFIXES = tuple(c for c in CHAT_CHROME if c.endswith((" with", " mit", " avec", " con")))
MIN_CHROME = 2  # a lone "Send" may be a message; two window labels mean a copied window


def is_chat_chrome(line: str) -> bool:
    low = " ".join(line.split()).lower()
    return low in CHAT_CHROME or (low.startswith(CHROME_PREFIXES) and len(low) < 120)


def drop_chat_chrome(lines: list[str]) -> list[str]:
    """Without the messaging window's own lines ("Messaging", "Focused", "Write a message…",
    "Send GIF"), which a copied LinkedIn window carries and which are nobody's message.
    Dropped only when the paste has at least ``MIN_CHROME`` distinct ones."""
    chrome = {ln.strip().lower() for ln in lines if is_chat_chrome(ln)}
    if len(chrome) < MIN_CHROME:
        return lines
    return [ln for ln in lines if not is_chat_chrome(ln)]


def chat_turns(lines: list[str]) -> list[Turn]:
    lines = join_name_time_lines(drop_chat_chrome(lines))
    named_ok = accept_named_lines(lines)
    sent_ok = any(YOU_SENT_RE.match(line) for line in lines)
    turns: list[Turn] = [Turn(speaker="contact")]
    for line in lines:
        header = match_header(line, named_ok, sent_ok)
        if header is None:
            add_line(turns[-1], line)
            continue
        speaker, rest = header
        turns.append(Turn(speaker=speaker))
        if rest:
            turns[-1].lines.append(rest)
    return [t for t in turns if any(s.strip() for s in t.lines) or t.attachments]


def add_line(turn: Turn, line: str) -> None:
    found = FILE_LINE_RE.match(line)
    if found:
        turn.attachments.append(found.group("file").strip())
    else:
        turn.lines.append(line)


def match_header(line: str, named_ok: bool, sent_ok: bool = False) -> tuple[str, str] | None:
    """(speaker, text on the same line) when the line starts a new turn."""
    found = SELF_RE.match(line)
    if found:
        return "user", found.group("text").strip()
    for pattern in (LINKEDIN_RE, TIMED_RE, *([SENT_RE] if sent_ok else [])):
        found = pattern.match(line)
        if found:
            return speaker_of(found.group("name")), ""
    found = WHATSAPP_RE.match(line)
    if found:
        return speaker_of(found.group("name")), found.group("text").strip()
    found = NAMED_RE.match(line) if named_ok else None
    if found and found.group("name").lower() not in NOT_NAMES:
        return speaker_of(found.group("name")), found.group("text").strip()
    return None


def speaker_of(name: str) -> str:
    clean = name.strip()
    return "user" if clean.lower() in ("you", "me") else clean


def accept_named_lines(lines: list[str]) -> bool:
    """``Name: text`` lines count as turns only when the paste looks like a chat: few
    distinct names, and either a You:/Me: line or a name that speaks twice."""
    names: list[str] = []
    for line in lines:
        found = NAMED_RE.match(line)
        if found and found.group("name").lower() not in NOT_NAMES:
            names.append(found.group("name"))
    distinct = set(names)
    has_self = any(SELF_RE.match(line) for line in lines)
    return 0 < len(distinct) <= 3 and (has_self or len(names) > len(distinct))


def email_turns(text: str) -> list[Turn]:
    """Split an email thread at its quoting; oldest first. Empty when there is no quoting."""
    lines = text.split("\n")
    cuts = [i for i, line in enumerate(lines) if is_thread_cut(line)]
    if not cuts:
        return []
    turns: list[Turn] = []
    bounds = [0, *cuts, len(lines)]
    for depth, (start, end) in enumerate(pairwise(bounds)):
        body = lines[start + 1 if depth else start : end]
        speaker = "contact" if depth % 2 == 0 else "user"
        turn = Turn(speaker=speaker)
        for line in body:
            add_line(turn, unquote(line))
        turns.append(turn)
    return [t for t in reversed(turns) if any(s.strip() for s in t.lines) or t.attachments]


def is_thread_cut(line: str) -> bool:
    return bool(ATTRIBUTION_RE.match(line) or ORIGINAL_RE.match(line))


def unquote(line: str) -> str:
    return re.sub(r"^\s*(?:>\s?)+", "", line)


def assign(
    turns: list[Turn], user_names: Sequence[str] = ()
) -> tuple[list[tuple[Turn, str]], str]:
    """Map speakers to ``contact``/``user`` (see the module docstring); also say how the
    roles were guessed, or ``""`` when the paste or the user's names settle them."""
    names = list(dict.fromkeys(t.speaker for t in turns if t.speaker not in ("user", "contact")))
    users, guess = user_speakers(turns, names, user_names)
    return [(t, role_of(t.speaker, users)) for t in turns], guess


def role_of(speaker: str, users: set[str]) -> str:
    if speaker in ("user", "contact"):
        return speaker
    return "user" if speaker in users else "contact"


def user_speakers(
    turns: list[Turn], names: list[str], user_names: Sequence[str]
) -> tuple[set[str], str]:
    """The named speakers who are the user, and a note when that is a guess."""
    if not names or any(t.speaker == "user" for t in turns):
        return set(), ""
    mine = {n for n in names if any(same_person(n, u) for u in user_names)}
    if mine and (len(mine) < len(names) or len(names) == 1):  # a hint matching all is no help
        return mine, ""
    greeters = [n for n in names if any(greets(t, u) for t in turns if t.speaker == n
                                        for u in user_names)]
    if len(names) == 2 and len(greeters) == 1:
        return {n for n in names if n != greeters[0]}, ""
    if len(names) != 2:
        return set(), ""
    offered = approacher(turns, names)
    contact = offered or names[0]
    why = "made the first offer or invitation" if offered else "spoke first"
    return {n for n in names if n != contact}, f"{contact} was taken as the contact ({why})"


TITLES = frozenset(["dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir", "dame"])


def name_tokens(name: str) -> list[str]:
    words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", name.lower())
    return [w for w in words if w not in TITLES]


def same_person(speaker: str, user_name: str) -> bool:
    """True when one name's words include the other's ("Priya" and "Dr Priya Nair")."""
    mine, theirs = set(name_tokens(speaker)), set(name_tokens(user_name))
    return bool(mine and theirs) and (mine <= theirs or theirs <= mine)


def greets(turn: Turn, user_name: str) -> bool:
    """True when the turn addresses the user by first name ("Hi Priya", "Dear Priya,")."""
    words = name_tokens(user_name)
    if not words:
        return False
    first = re.escape(words[0])
    pattern = rf"(?:^|\b(?:hi|hello|hey|dear|thanks|thank you|morning|evening),?\s+){first}\b"
    return bool(re.search(pattern, "\n".join(turn.lines).strip(), re.I))


# What the person making an approach writes first: an offer, a role, an invitation.
APPROACH_RE = re.compile(
    r"\b(?:(?:i|we)(?:'d| would) (?:like|love) to (?:invite|offer)|invit(?:e|ing) you|"
    r"invitation|opportunit(?:y|ies) (?:for|that|which|i|we)|(?:a|an|the) (?:role|position|"
    r"vacancy|opening) (?:for|that|which|i|we|at)|(?:i|we) (?:am|are|'m|'re) "
    r"(?:hiring|recruiting|looking for|organi[sz]ing)|on behalf of|my client|offer you|"
    r"(?:would|might) you be (?:interested|open|available)|"
    r"are you (?:open|interested) (?:to|in))\b",
    re.I,
)


def approacher(turns: list[Turn], names: list[str]) -> str | None:
    """The first named speaker whose message makes an offer or an invitation."""
    for turn in turns:
        if turn.speaker in names and APPROACH_RE.search("\n".join(turn.lines)):
            return turn.speaker
    return None


def to_message(turn: Turn, sender: str) -> Message | None:
    text = "\n".join(turn.lines).strip()
    if not text and not turn.attachments:
        return None
    return Message(sender=sender, text=text, attachments=turn.attachments)  # type: ignore[arg-type]
