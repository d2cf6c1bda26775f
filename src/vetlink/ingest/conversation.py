"""Conversations: ``vetlink/conversation/v1`` JSON, text pasted from a chat or inbox, or an
``.eml`` email file.

:func:`load_conversation` reads a file (or stdin for ``-``); :func:`conversation_from_bytes`
is what the web app calls for uploads. Both pick the format from the name, else the content.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from vetlink.domain import Conversation
from vetlink.errors import InputError, InputTooLarge
from vetlink.ingest.budget import Budget, check, current_budget, env_name
from vetlink.ingest.common import DEFAULT_MAX_BYTES, decode_text, parse_json, read_bytes, validate

# The text of one conversation with one contact is rarely more than a few pages (200,000
# characters is about 100 pages). Above this (``VETLINK_MAX_TEXT_CHARS``), the input is almost
# certainly a whole mailbox or chat export: refuse it clearly rather than spend seconds
# scanning it (attachments in an .eml do not count, only the text).
MAX_TEXT_CHARS = Budget().text_chars

EMAIL_HEADER_STARTS = (
    b"from:", b"received:", b"return-path:", b"mime-version:", b"delivered-to:", b"date:",
    b"message-id:", b"subject:", b"to:", b"x-", b"dkim-signature:", b"arc-",
)


def sniff_conversation_format(data: bytes, name: str) -> str:
    """``json``, ``eml`` or ``txt``, from the file name, else from the first bytes."""
    suffix = Path(name).suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix == ".eml":
        return "eml"
    head = data.lstrip()[:64].lower()
    if head.startswith(b"{") or (head.startswith(b"[") and not head[1:2].isdigit()):
        return "json"  # "[12/03/2024, 10:42] Name: ..." is a WhatsApp export, not JSON
    if suffix not in (".txt", ".text", ".md") and head.startswith(EMAIL_HEADER_STARTS):
        return "eml"
    return "txt"


def conversation_from_bytes(
    data: bytes, name: str = "input", user_names: Sequence[str] = ()
) -> Conversation:
    """Parse an uploaded or read conversation (JSON, pasted text or .eml). ``user_names``
    (the user's own names, e.g. from their profile) help tell who is who in pasted text."""
    if not data.strip():
        raise InputError(f"{name}: is empty")
    kind = sniff_conversation_format(data, name)
    if kind == "eml":
        from vetlink.ingest.email_message import parse_eml

        conversation = parse_eml(data, name)
    else:
        text = decode_text(data, name)
        check_text_size(len(text), name)
        if kind == "json":
            conversation = parse_conversation_json(text, name)
        else:
            from vetlink.ingest.chat_text import parse_chat_text

            conversation = parse_chat_text(text, name, user_names)
    check_text_size(sum(len(m.text) for m in conversation.messages), name)
    check_message_count(conversation, name)
    return conversation


def load_conversation(
    source: str | Path, max_bytes: int = DEFAULT_MAX_BYTES, user_names: Sequence[str] = ()
) -> Conversation:
    """Load a conversation from a file, or from stdin (``-``)."""
    data = read_bytes(source, max_bytes)
    name = "standard input" if str(source) == "-" else str(source)
    return conversation_from_bytes(data, name, user_names)


def parse_conversation_json(text: str, where: str = "input") -> Conversation:
    """Validate against the conversation schema and build a Conversation."""
    data = parse_json(text, where)
    if not isinstance(data, dict):
        raise InputError(
            f"{where}: expected a JSON object (a conversation), got {type(data).__name__}"
        )
    conversation = certainly_valid_conversation(data)
    if conversation is None:
        validate(data, "conversation", where)
        conversation = Conversation.model_validate(data)
    return conversation


def certainly_valid_conversation(data: dict[str, Any]) -> Conversation | None:
    """Fast path for well-formed documents, without jsonschema (its import alone can cost a
    second when its optional format checkers are installed).

    The strict domain model (no type coercion, no unknown keys) mirrors the schema; the only
    documents it accepts that the schema refuses are those with a ``null`` (the schema allows
    none) or the model's own field name ``schema_``. Those, and anything the model refuses, go
    to :func:`validate`, which decides and names the offending field.
    ``tests/ingest/test_conversation_json_fast_path.py`` checks on generated documents that
    what this accepts the schema accepts.
    """
    if "schema_" in data or has_null(data):
        return None
    try:
        return Conversation.model_validate(data, strict=True)
    except ValidationError:
        return None


def has_null(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, dict):
        return any(has_null(v) for v in value.values())
    if isinstance(value, list):
        return any(has_null(v) for v in value)
    return False


def check_text_size(chars: int, where: str) -> None:
    limit = current_budget().text_chars
    if chars > limit:
        raise InputTooLarge(
            f"{where}: {chars:,} characters of message text is more than the {limit:,} "
            f"checked at once (limit {env_name('text_chars')}={limit}); give only the messages "
            "exchanged with this one contact"
        )


def check_message_count(conversation: Conversation, where: str) -> None:
    check(where, "parts", len(conversation.messages))
