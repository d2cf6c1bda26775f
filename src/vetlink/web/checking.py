"""Checking and reporting, shared by the pages and the API: read the inputs, call
:func:`vetlink.assess.assess` (the one implementation of every rule), keep the evidence and
store the report."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from vetlink.domain import Assessment, Conversation, Profile
from vetlink.errors import InputError, InputTooLarge
from vetlink.settings import Settings
from vetlink.store.evidence import EvidenceStore, StoredFile, content_type_of, write_blob
from vetlink.store.models import Report, User
from vetlink.store.reports import NewReport, create_report, report_of_draft
from vetlink.web.errors import Unprocessable
from vetlink.web.workpool import CheckPool

BODY_KEYS = {"profile", "conversation", "advert", "note"}
PHOTO_KEYS = BODY_KEYS | {"photo"}
DATA_URL = re.compile(r"^data:[\w.+-]+/[\w.+-]+;base64,", re.IGNORECASE)
ADVERT_PLATFORM = "job advert"
PHOTO_EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif",
                    "image/webp": "webp"}


@dataclass
class Inputs:
    profile: Profile | None = None
    conversation: Conversation | None = None
    photo: bytes | None = None
    files: list[StoredFile] = field(default_factory=list)
    advert: str | None = None  # the text of a job advert

    def profile_json(self) -> dict[str, Any] | None:
        return self.profile.to_json() if self.profile else None

    def conversation_json(self) -> dict[str, Any] | None:
        """The conversation as reported; an advert is kept as one message from the contact
        on the platform "job advert" (one advert or one conversation per check)."""
        if self.conversation:
            return self.conversation.to_json()
        if self.advert:
            return {"schema": "vetlink/conversation/v1", "platform": ADVERT_PLATFORM,
                    "messages": [{"sender": "contact", "text": self.advert}]}
        return None


def refuse_photo_path(profile: Profile) -> None:
    if profile.photo is not None and profile.photo.path:
        raise Unprocessable("profile.photo.path: the server never opens files named in a "
                            "profile; upload the photo itself")


def validated(data: Any, schema: str) -> Any:
    """``data`` as a Profile or Conversation. A well-formed document takes the strict
    model's fast path (what it accepts the schema accepts: tests/ingest/test_*_fast_path.py);
    anything else is judged by the JSON schema, which names the offending field."""
    from vetlink.ingest.common import validate

    fast = certainly_valid(data, schema)
    if fast is not None:
        return fast
    try:
        validate(data, schema, schema)
    except InputError as exc:
        raise Unprocessable(exc.message) from None
    model = Profile if schema == "profile" else Conversation
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise Unprocessable(f"{schema}: {where}: {first['msg']}") from None


def certainly_valid(data: Any, schema: str) -> Any:
    if not isinstance(data, dict):
        return None
    if schema == "profile":
        from vetlink.ingest.profile_json import certainly_valid_profile

        return certainly_valid_profile(data)
    from vetlink.ingest.conversation import certainly_valid_conversation

    return certainly_valid_conversation(data)


def inputs_from_json(body: Any, photo_limit: int | None = None) -> Inputs:
    """``{"profile": <profile v1>, "conversation": <conversation v1>}``, either optional;
    with ``photo_limit`` also ``"photo"`` (base64, at most ``photo_limit`` bytes decoded)."""
    keys = BODY_KEYS if photo_limit is None else PHOTO_KEYS
    given = "profile, conversation, advert" + ("" if photo_limit is None else ", photo")
    if not isinstance(body, dict):
        raise Unprocessable(f"body: expected a JSON object with {given}")
    unknown = sorted(set(body) - keys)
    if unknown:
        raise Unprocessable(f"body: unknown field(s) {', '.join(unknown)}; expected "
                            f"{given}, note")
    if all(body.get(k) is None for k in keys - {"note"}):
        raise Unprocessable("body: give a profile, a conversation or an advert" if photo_limit
                            is None else "body: give a profile, a conversation, an advert or a "
                            "photo (or several)")
    inputs = Inputs()
    if body.get("profile") is not None:
        inputs.profile = validated(body["profile"], "profile")
        refuse_photo_path(inputs.profile)
    if body.get("conversation") is not None:
        inputs.conversation = validated(body["conversation"], "conversation")
    if photo_limit is not None and body.get("photo") is not None:
        inputs.photo = photo_from_base64(body["photo"], photo_limit)
    if body.get("advert") is not None:
        inputs.advert = advert_from_json(body["advert"], inputs)
    return inputs


def advert_from_json(value: Any, inputs: Inputs) -> str:
    """``"advert": "<text>"``: plain text or pasted HTML (tags stripped)."""
    from vetlink.ingest.advert import advert_from_bytes

    if not isinstance(value, str):
        raise Unprocessable("advert: expected the advert's text as a string")
    one_of_them(inputs)
    return advert_from_bytes(value.encode("utf-8"), "advert")


def one_of_them(inputs: Inputs) -> None:
    if inputs.conversation is not None:
        raise Unprocessable("give the messages or the job advert they sent, not both in one "
                            "check")


def photo_from_base64(value: Any, limit: int) -> bytes:
    """The image in a JSON ``photo`` field: base64 (a ``data:image/...;base64,`` prefix and
    line breaks are allowed), at most ``limit`` bytes, a PNG, JPEG, GIF or WebP image."""
    if not isinstance(value, str):
        raise Unprocessable("photo: expected a base64 string")
    text = "".join(DATA_URL.sub("", value.strip(), count=1).split())
    if len(text) > 4 * (-(-limit // 3)):
        raise InputTooLarge(f"photo: larger than the {limit:,} bytes allowed")
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise Unprocessable("photo: not valid base64") from None
    if not data:
        raise Unprocessable("photo: is empty")
    if len(data) > limit:
        raise InputTooLarge(f"photo: larger than the {limit:,} bytes allowed")
    content_type_of(data, "photo", "photo")
    return data


def keep_api_photo(store: EvidenceStore, photo: bytes) -> StoredFile:
    """Keep a photo sent to the API as evidence (named after its sniffed type)."""
    kind = content_type_of(photo, "photo", "photo")
    return store.put(photo, "photo", f"photo.{PHOTO_EXTENSIONS.get(kind, 'bin')}")


def run_check(inputs: Inputs) -> Assessment:
    from vetlink.assess import assess

    if all(x is None for x in (inputs.profile, inputs.conversation, inputs.photo,
                               inputs.advert)):
        raise InputError("nothing to check: give a profile, a conversation, an advert or a "
                         "photo")
    if inputs.profile is not None:
        refuse_photo_path(inputs.profile)
    return assess(inputs.profile, inputs.conversation, inputs.photo, advert=inputs.advert)


def profile_from_upload(data: bytes, name: str) -> Profile:
    from vetlink.ingest import profile_from_bytes

    profile = profile_from_bytes(data, name)
    refuse_photo_path(profile)
    return profile


def conversation_from_upload(data: bytes, name: str) -> Conversation:
    from vetlink.ingest.conversation import conversation_from_bytes

    return conversation_from_bytes(data, name)


def hold_files(
    store: EvidenceStore,
    profile: tuple[bytes, str] | None,
    conversation: tuple[bytes, str] | None,
    photo: tuple[bytes, str] | None, sent_kind: str = "conversation",
) -> list[StoredFile]:
    """Keep the raw files (under their cleaned names) until they are reported or expire;
    ``sent_kind`` is "advert" when what they sent is a job advert."""
    held = []
    for given, kind in ((profile, "profile"), (conversation, sent_kind), (photo, "photo")):
        if given is not None:
            held.append(store.hold(given[0], kind, given[1]))
    return held


def named(
    held: list[StoredFile], profile: tuple[bytes, str] | None,
    conversation: tuple[bytes, str] | None,
) -> tuple[tuple[bytes, str] | None, tuple[bytes, str] | None]:
    """The profile and conversation bytes under the cleaned names they were held under."""
    names = {f.kind: f.filename for f in held}
    sent = names.get("conversation") or names.get("advert") or "sent"
    return ((profile[0], names["profile"]) if profile else None,
            (conversation[0], sent) if conversation else None)


def parse_uploads(
    profile: tuple[bytes, str] | None, conversation: tuple[bytes, str] | None,
    photo: tuple[bytes, str] | None,
) -> tuple[Profile | None, Conversation | None, bytes | None]:
    return (profile_from_upload(*profile) if profile else None,
            conversation_from_upload(*conversation) if conversation else None,
            photo[0] if photo else None)


def check_uploads(
    profile: tuple[bytes, str] | None, conversation: tuple[bytes, str] | None,
    photo: tuple[bytes, str] | None, as_advert: bool = False,
) -> tuple[Profile | None, Conversation | None, str | None, Assessment]:
    """Worker task: parse the uploads and assess them; with ``as_advert`` what they sent is
    read as a job advert (text, HTML or PDF)."""
    from vetlink.ingest.advert import advert_from_bytes

    advert = advert_from_bytes(*conversation) if as_advert and conversation else None
    parsed_profile, parsed_conversation, photo_bytes = parse_uploads(
        profile, None if as_advert else conversation, photo)
    result = run_check(Inputs(parsed_profile, parsed_conversation, photo_bytes, advert=advert))
    return parsed_profile, parsed_conversation, advert, result


def check_json(body: Any, photo_limit: int) -> tuple[Inputs, dict[str, Any]]:
    """Worker task: read an API body (see :func:`inputs_from_json`) and assess it."""
    inputs = inputs_from_json(body, photo_limit)
    return inputs, run_check(inputs).to_json()


def small_profile(body: Any, size: int, limit: int) -> bool:
    """A profile-only API body (and perhaps a note) of at most ``limit`` bytes: its worst case
    is bounded (docs/security.md "Checks in the server process"), so it runs in the server
    process and saves the trip to a pool worker."""
    return (0 < size <= limit and isinstance(body, dict) and set(body) <= {"profile", "note"}
            and isinstance(body.get("profile"), dict))


def checked_json(pool: CheckPool, body: Any, size: int, inline_limit: int,
                 photo_limit: int) -> tuple[Inputs, dict[str, Any]]:
    """:func:`check_json` of an API body of ``size`` bytes: here when it is a small profile,
    else in a worker of ``pool``."""
    if small_profile(body, size, inline_limit):
        return pool.run_here(check_json, body, photo_limit)
    return pool.run(check_json, body, photo_limit)


async def answered_json(pool: CheckPool, body: Any, size: int,
                        settings: Settings) -> tuple[Inputs, dict[str, Any]]:
    """:func:`checked_json` for an async route: a small profile of at most
    ``loop_check_bytes`` (and ``inline_check_bytes``) on the event loop itself, its worst case
    being below the interpreter's thread switch interval (docs/web-throughput.md); anything
    else from a thread, never on the loop (the thread runs it here or waits for the pool)."""
    loop_limit = min(settings.loop_check_bytes, settings.inline_check_bytes)
    if small_profile(body, size, loop_limit) and pool.runs_here():
        return pool.run_on_loop(check_json, body, settings.max_input_bytes)
    return await run_in_threadpool(checked_json, pool, body, size, settings.inline_check_bytes,
                                   settings.max_input_bytes)


def checked_uploads(
    pool: CheckPool, store: EvidenceStore, profile: tuple[bytes, str] | None,
    conversation: tuple[bytes, str] | None, photo: tuple[bytes, str] | None,
    as_advert: bool = False,
) -> tuple[Inputs, Assessment]:
    """Hold the files, then parse and assess them in a worker of ``pool``."""
    kind = "advert" if as_advert else "conversation"
    inputs = Inputs(files=hold_files(store, profile, conversation, photo, kind))
    found_profile, found_conversation, advert, result = pool.run(
        check_uploads, *named(inputs.files, profile, conversation), photo, as_advert)
    inputs.profile, inputs.conversation, inputs.advert = found_profile, found_conversation, advert
    inputs.photo = photo[0] if photo else None
    return inputs, result


def make_draft(
    store: EvidenceStore, user: User, inputs: Inputs, assessment: Assessment, source: str
) -> dict[str, Any]:
    """What the "report this" button sends back (signed, so it cannot be altered; but
    readable, so the full assessment, which may name other cases, waits on the server)."""
    full = json.dumps(assessment.to_json(), ensure_ascii=False).encode("utf-8")
    draft = {"uid": user.id, "source": source, "profile": inputs.profile_json(),
             "conversation": inputs.conversation_json(),
             "assessment_sha256": write_blob(store.pending, full),
             "files": [f.to_json() for f in inputs.files]}
    return dict(draft, key=draft_key(draft))


def draft_key(draft: dict[str, Any]) -> str:
    """The same evidence reported again by the same person is the same report: the form sent
    twice, the back button and a resubmitted check all find the first one. The key is drawn
    from what is reported (the person, the profile, the messages, the files' hashes)."""
    what = {"uid": draft["uid"], "profile": draft["profile"],
            "conversation": draft["conversation"],
            "files": sorted(f["sha256"] for f in draft["files"])}
    text = json.dumps(what, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def drafted_assessment(store: EvidenceStore, draft: dict[str, Any]) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(store.held_path(str(draft.get("assessment_sha256")))
                                          .read_bytes())
    except (OSError, InputError, ValueError):
        raise InputError("this check has expired; check it again") from None
    return data


def report_from_draft(
    session: Session, store: EvidenceStore, user: User, draft: dict[str, Any], note: str | None
) -> Report:
    """Store the report of a check; a photo also joins the case of an earlier report of the
    same name with a near-identical photo."""
    from vetlink.web.triage import similar_reports

    if draft.get("uid") != user.id:
        raise InputError("this check belongs to another session; check it again")
    already = report_of_draft(session, user, draft.get("key"))
    if already is not None:
        return already
    files = [StoredFile(**f) for f in draft.get("files", [])]
    similar: list[int] = []
    for stored in files:
        store.keep(stored.sha256)
        if stored.kind == "photo":
            similar += similar_reports(store.data_dir, store.path(stored.sha256)
                                       .read_bytes())
    new = NewReport(reporter=user, assessment=drafted_assessment(store, draft),
                    profile=draft["profile"],
                    conversation=draft["conversation"], note=note,
                    source=draft.get("source", "check"), evidence=files,
                    similar_reports=similar, draft_key=draft.get("key"))
    return create_report(session, new)


def report_from_api(
    session: Session, store: EvidenceStore, user: User, inputs: Inputs,
    assessment: dict[str, Any], note: str | None,
) -> Report:
    """Store a report sent to the API; its photo is kept as evidence and, like an uploaded
    one, joins the case of an earlier report of the same name with a near-identical photo."""
    from vetlink.web.triage import similar_reports

    files: list[StoredFile] = []
    similar: list[int] = []
    if inputs.photo is not None:
        files.append(keep_api_photo(store, inputs.photo))
        similar = similar_reports(store.data_dir, inputs.photo)
    new = NewReport(reporter=user, assessment=assessment, profile=inputs.profile_json(),
                    conversation=inputs.conversation_json(), note=note, source="api",
                    evidence=files, similar_reports=similar)
    return create_report(session, new)
