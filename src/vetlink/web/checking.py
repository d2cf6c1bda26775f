"""Checking and reporting, shared by the pages and the API: read the inputs, call
:func:`vetlink.assess.assess` (the one implementation of every rule), keep the evidence and
store the report."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from sqlalchemy.orm import Session

from vetlink.domain import Assessment, Conversation, Profile
from vetlink.errors import InputError, InputTooLarge
from vetlink.store.evidence import EvidenceStore, StoredFile, content_type_of
from vetlink.store.models import Report, User
from vetlink.store.reports import NewReport, create_report
from vetlink.web.errors import Unprocessable

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
    advert: str | None = None  # the text of a job advert
    files: list[StoredFile] = field(default_factory=list)

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
    from vetlink.ingest.common import validate

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


def read_inputs(
    store: EvidenceStore,
    profile: tuple[bytes, str] | None,
    conversation: tuple[bytes, str] | None,
    photo: tuple[bytes, str] | None,
    advert: tuple[bytes, str] | None = None,
) -> Inputs:
    """Parse the uploaded or pasted inputs and hold their raw files until reported."""
    from vetlink.ingest.advert import advert_from_bytes

    inputs = Inputs()
    if profile is not None:
        held = store.hold(profile[0], "profile", profile[1])
        inputs.profile = profile_from_upload(profile[0], held.filename)
        inputs.files.append(held)
    if conversation is not None:
        held = store.hold(conversation[0], "conversation", conversation[1])
        inputs.conversation = conversation_from_upload(conversation[0], held.filename)
        inputs.files.append(held)
    if photo is not None:
        inputs.files.append(store.hold(photo[0], "photo", photo[1]))
        inputs.photo = photo[0]
    if advert is not None:
        one_of_them(inputs)
        held = store.hold(advert[0], "advert", advert[1])
        inputs.advert = advert_from_bytes(advert[0], held.filename)
        inputs.files.append(held)
    return inputs


def make_draft(user: User, inputs: Inputs, assessment: Assessment, source: str) -> dict[str, Any]:
    """What the "report this" button sends back (signed, so it cannot be altered)."""
    return {"uid": user.id, "source": source, "profile": inputs.profile_json(),
            "conversation": inputs.conversation_json(), "assessment": assessment.to_json(),
            "files": [f.to_json() for f in inputs.files]}


def report_from_draft(
    session: Session, store: EvidenceStore, user: User, draft: dict[str, Any], note: str | None
) -> Report:
    """Store the report of a check; a photo also joins the case of an earlier report of the
    same name with a near-identical photo."""
    from vetlink.web.triage import similar_reports

    if draft.get("uid") != user.id:
        raise InputError("this check belongs to another session; check it again")
    files = [StoredFile(**f) for f in draft.get("files", [])]
    similar: list[int] = []
    for stored in files:
        store.keep(stored.sha256)
        if stored.kind == "photo":
            similar += similar_reports(store.data_dir, store.path(stored.sha256)
                                       .read_bytes())
    new = NewReport(reporter=user, assessment=draft["assessment"], profile=draft["profile"],
                    conversation=draft["conversation"], note=note,
                    source=draft.get("source", "check"), evidence=files,
                    similar_reports=similar)
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
