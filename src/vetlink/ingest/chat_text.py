"""Text pasted from a chat or an inbox: find the sender turns where the paste shows them.

Recognised turn headers (one per line):

- ``You:`` / ``Me:`` (the user) and ``Name: text`` chat lines,
- a name with a time, as chat apps and LinkedIn show them: ``Alice Smith  10:42 AM``,
  ``Alice Smith · 10:42``, or the name on one line and the time on the next,
- LinkedIn's ``Alice Smith sent the following message at 10:42 AM``,
- WhatsApp exports: ``[12/03/2024, 10:42:13] Alice Smith: text``,
- email quoting: ``On Mon, 4 Mar 2024 at 10:42, Alice <a@x.org> wrote:``, ``-----Original
  Message-----`` and lines starting with ``>``.

Who is who: ``You``/``Me`` is the user; otherwise the first speaker is the contact (the person
who made the approach) and, when exactly two names speak, the other one is the user. In an
email thread the newest (unquoted) text is the contact's and the quoted messages alternate.
A paste with no turns at all is one message from the contact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from vetlink.domain import Conversation, Message
from vetlink.errors import InputError

NAME = r"[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3}"
TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
DATE = r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}"

SELF_RE = re.compile(r"^\s*(?P<name>you|me)\s*:\s*(?P<text>.*)$", re.I)
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


def parse_chat_text(text: str, where: str = "input") -> Conversation:
    """Build a Conversation from pasted text; sender turns are detected where shown."""
    if not text.strip():
        raise InputError(f"{where}: is empty")
    turns = email_turns(text) or chat_turns(text.split("\n"))
    pairs = assign(turns)
    messages = [m for m in (to_message(t, who) for t, who in pairs) if m is not None]
    if not messages:
        raise InputError(f"{where}: no message text found")
    return Conversation(messages=messages, contact=contact_name(pairs))


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


def chat_turns(lines: list[str]) -> list[Turn]:
    lines = join_name_time_lines(lines)
    named_ok = accept_named_lines(lines)
    turns: list[Turn] = [Turn(speaker="contact")]
    for line in lines:
        header = match_header(line, named_ok)
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


def match_header(line: str, named_ok: bool) -> tuple[str, str] | None:
    """(speaker, text on the same line) when the line starts a new turn."""
    found = SELF_RE.match(line)
    if found:
        return "user", found.group("text").strip()
    for pattern in (LINKEDIN_RE, TIMED_RE):
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


def assign(turns: list[Turn]) -> list[tuple[Turn, str]]:
    """Map speakers to ``contact``/``user``: the first named speaker is the contact."""
    names = [t.speaker for t in turns if t.speaker not in ("user", "contact")]
    distinct = list(dict.fromkeys(names))
    first = distinct[0] if distinct else None
    has_user = any(t.speaker == "user" for t in turns)
    result = []
    for turn in turns:
        who = turn.speaker
        if who not in ("user", "contact"):
            other_is_user = len(distinct) == 2 and not has_user
            who = "contact" if who == first or not other_is_user else "user"
        result.append((turn, who))
    return result


def to_message(turn: Turn, sender: str) -> Message | None:
    text = "\n".join(turn.lines).strip()
    if not text and not turn.attachments:
        return None
    return Message(sender=sender, text=text, attachments=turn.attachments)  # type: ignore[arg-type]
