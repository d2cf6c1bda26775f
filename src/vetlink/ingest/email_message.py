""".eml email files (RFC 5322, read with the standard library's ``email`` package).

The sender becomes the conversation's ``contact`` ("Name <addr@domain>"), so that the From
domain is evidence too. The message text is the subject plus the plain body (or the HTML body
with its tags stripped, keeping link targets that differ from the link text). Attachment file
names go to ``attachments``. A quoted thread below the newest text becomes earlier messages.
"""

from __future__ import annotations

from email.feedparser import BytesFeedParser
from email.message import EmailMessage
from email.policy import EmailPolicy, Policy
from email.policy import default as default_policy
from email.utils import parseaddr, parsedate_to_datetime
from html.parser import HTMLParser

from vetlink.domain import Conversation, Message
from vetlink.errors import InputError
from vetlink.ingest.budget import current_budget, refuse
from vetlink.ingest.chat_text import Turn, assign, email_turns, to_message
from vetlink.ingest.common import looks_binary

KNOWN_HEADERS = ("from", "to", "subject", "date", "message-id", "received", "mime-version")


def parse_eml(data: bytes, where: str = "input") -> Conversation:
    """Parse an .eml file; refuse data that is not an email."""
    message = read_email(data, where)
    sender = sender_of(header(message, "from"))
    subject = header(message, "subject")
    body = body_text(message)
    attachments = attachment_names(message)
    if not (body.strip() or subject or attachments):
        raise InputError(f"{where}: the email has no subject, body or attachment to check")
    newest, earlier = split_thread(body)
    top = Message(sender="contact", text=join_subject(subject, newest), attachments=attachments,
                  sent=iso_date(header(message, "date")))
    return Conversation(platform="email", contact=sender or None, messages=[*earlier, top])


def sender_of(value: str) -> str:
    """``Name <address>`` without the quoting of the raw header."""
    name, address = parseaddr(value)
    if not address:
        return value
    return f"{name} <{address}>" if name else address


def iso_date(value: str) -> str | None:
    """The Date header as ISO 8601 (the conversation format's ``sent``), or None."""
    try:
        return parsedate_to_datetime(value).isoformat() if value else None
    except (TypeError, ValueError, IndexError):
        return None


def read_email(data: bytes, where: str) -> EmailMessage:
    if looks_binary(data[:8192].decode("latin-1")):
        raise InputError(f"{where}: looks like binary data, not an email")
    try:
        message = parse_bounded(data, where)
    except InputError:
        raise
    except Exception as exc:  # the parser is lenient; anything it raises means garbage
        raise InputError(f"{where}: not a readable email ({type(exc).__name__})") from None
    assert isinstance(message, EmailMessage)
    if not any(message.get(name) is not None for name in KNOWN_HEADERS):
        raise InputError(f"{where}: not an email: no From, To, Subject or Date header found")
    return message


class _Guard:
    """Counts MIME parts, their nesting and header fields while the parser reads, and
    refuses the email as soon as one passes its budget."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.budget = current_budget()
        self.parts = -1  # the parser calls the factory once to test it
        self.headers = 0
        self.parser: BytesFeedParser | None = None

    def new_message(self, policy: Policy | None = None) -> EmailMessage:
        self.parts += 1
        if self.parts > self.budget.parts:
            refuse(self.where, "parts")
        stack = getattr(self.parser, "_msgstack", ())  # the stdlib parser's open parts
        depth = len(stack) + 1 if self.parser is not None else 0
        if depth > self.budget.nesting_depth:
            refuse(self.where, "nesting_depth")
        return EmailMessage(policy=policy or default_policy)

    def header_seen(self, size: int) -> None:
        self.headers += 1
        if self.headers > self.budget.email_headers:
            refuse(self.where, "email_headers")
        if size > self.budget.header_bytes:
            refuse(self.where, "header_bytes", size)


class _CountingPolicy(EmailPolicy):
    """The default policy, reporting every header field to a :class:`_Guard`."""

    guard: _Guard | None = None

    def header_source_parse(self, sourcelines: list[str]) -> tuple[str, str]:
        if self.guard is not None:
            self.guard.header_seen(sum(len(line) for line in sourcelines))
        return super().header_source_parse(sourcelines)  # type: ignore[no-any-return]


FEED_CHUNK = 64 * 1024


def parse_bounded(data: bytes, where: str) -> EmailMessage:
    """Parse an email under the input budget (parts, nesting, header count and size),
    feeding it in chunks so that a limit stops the parser early."""
    guard = _Guard(where)
    parser = BytesFeedParser(_factory=guard.new_message,
                             policy=_CountingPolicy(guard=guard))  # type: ignore[call-overload]
    guard.parser = parser
    for start in range(0, len(data), FEED_CHUNK):
        parser.feed(data[start:start + FEED_CHUNK])
    message = parser.close()
    assert isinstance(message, EmailMessage)
    return message


def header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
    except Exception:  # a header so malformed that the policy cannot parse it
        return ""
    return " ".join(str(value).split()) if value is not None else ""


def body_text(message: EmailMessage) -> str:
    plain = part_text(message, "plain")
    if plain.strip():
        return plain
    return html_to_text(part_text(message, "html"))


def part_text(message: EmailMessage, subtype: str) -> str:
    try:
        part = message.get_body(preferencelist=(subtype,))
        if part is None:
            return ""
        content = part.get_content()
    except (LookupError, ValueError, AttributeError, AssertionError):
        return ""
    return content if isinstance(content, str) else ""


def attachment_names(message: EmailMessage) -> list[str]:
    names = []
    for part in message.iter_attachments() if message.is_multipart() else []:
        name = part.get_filename()
        if name:
            names.append(str(name))
    return names


def split_thread(body: str) -> tuple[str, list[Message]]:
    """The newest text and the earlier (quoted) messages, oldest first."""
    turns = email_turns(body)
    if len(turns) < 2:
        return body.strip(), []
    pairs, _ = assign(turns[:-1])
    earlier = [m for m in (to_message(t, who) for t, who in pairs) if m]
    newest = "\n".join(turns[-1].lines).strip()
    return newest, earlier


def join_subject(subject: str, body: str) -> str:
    if subject and body:
        return f"{subject}\n\n{body}"
    return subject or body


class _TextExtractor(HTMLParser):
    BLOCKS = frozenset([
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
        "blockquote"
    ])
    SKIP = frozenset(("script", "style", "head", "title"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.links: list[tuple[str, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        if tag == "a":
            href = dict(attrs).get("href") or ""
            self.links.append((href, len(self.parts)))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag == "a" and self.links:
            href, start = self.links.pop()
            shown = "".join(self.parts[start:])
            if href.startswith(("http", "www")) and href not in shown:
                self.parts.append(f" ({href})")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML body, with link targets that differ from the link text."""
    if not html:
        return ""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    lines = (" ".join(line.split()) for line in "".join(extractor.parts).split("\n"))
    return "\n".join(line for line in lines if line)


__all__ = ["Turn", "html_to_text", "parse_eml"]
