"""Checking and reporting, shared by the pages and the API: read the inputs, call
:func:`vetlink.assess.assess` (the one implementation of every rule), keep the evidence and
store the report."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pydantic import ValidationError
from sqlalchemy.orm import Session

from vetlink.domain import Assessment, Conversation, Profile
from vetlink.errors import InputError
from vetlink.store.evidence import EvidenceStore, StoredFile
from vetlink.store.models import Report, User
from vetlink.store.reports import NewReport, create_report
from vetlink.web.errors import NotAvailable, Unprocessable

BODY_KEYS = {"profile", "conversation", "note"}


@dataclass
class Inputs:
    profile: Profile | None = None
    conversation: Conversation | None = None
    photo: bytes | None = None
    files: list[StoredFile] = field(default_factory=list)

    def profile_json(self) -> dict[str, Any] | None:
        return self.profile.to_json() if self.profile else None

    def conversation_json(self) -> dict[str, Any] | None:
        return self.conversation.to_json() if self.conversation else None


@cache
def available(module: str, attribute: str | None = None) -> bool:
    """Whether an optional part of vetlink (being built alongside the web app) is there."""
    try:
        found = importlib.import_module(module)
    except ImportError:
        return False
    return attribute is None or hasattr(found, attribute)


def need(module: str, attribute: str | None, what: str) -> None:
    if not available(module, attribute):
        raise NotAvailable(f"{what} are not available in this installation yet")


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


def inputs_from_json(body: Any) -> Inputs:
    """``{"profile": <profile v1>, "conversation": <conversation v1>}``, either optional."""
    if not isinstance(body, dict):
        raise Unprocessable("body: expected a JSON object with profile and/or conversation")
    unknown = sorted(set(body) - BODY_KEYS)
    if unknown:
        raise Unprocessable(f"body: unknown field(s) {', '.join(unknown)}; expected "
                            "profile, conversation, note")
    if body.get("profile") is None and body.get("conversation") is None:
        raise Unprocessable("body: give a profile, a conversation or both")
    inputs = Inputs()
    if body.get("profile") is not None:
        inputs.profile = validated(body["profile"], "profile")
        refuse_photo_path(inputs.profile)
    if body.get("conversation") is not None:
        inputs.conversation = validated(body["conversation"], "conversation")
    return inputs


def run_check(inputs: Inputs) -> Assessment:
    from vetlink.assess import assess

    if inputs.profile is None and inputs.conversation is None and inputs.photo is None:
        raise InputError("nothing to check: give a profile, a conversation or a photo")
    if inputs.profile is not None:
        refuse_photo_path(inputs.profile)
    if inputs.conversation is not None:
        need("vetlink.approach", "check_conversation", "conversation checks")
    if inputs.photo is not None:
        need("vetlink.photo", "check_photo", "photo checks")
    return assess(inputs.profile, inputs.conversation, inputs.photo)


def profile_from_upload(data: bytes, name: str) -> Profile:
    from vetlink.ingest import profile_from_bytes

    try:
        profile = profile_from_bytes(data, name)
    except ModuleNotFoundError:
        raise NotAvailable("reading this kind of profile (PDF or pasted text) is not "
                           "available in this installation yet; paste profile JSON") from None
    refuse_photo_path(profile)
    return profile


def conversation_from_upload(data: bytes, name: str) -> Conversation:
    need("vetlink.ingest.conversation", "conversation_from_bytes", "conversation uploads")
    from vetlink.ingest.conversation import conversation_from_bytes

    return conversation_from_bytes(data, name)


def read_inputs(
    store: EvidenceStore,
    profile: tuple[bytes, str] | None,
    conversation: tuple[bytes, str] | None,
    photo: tuple[bytes, str] | None,
) -> Inputs:
    """Parse the uploaded or pasted inputs and hold their raw files until reported."""
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
