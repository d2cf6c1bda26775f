"""Domain types. Profile and Conversation mirror ``schemas/profile.schema.json`` and
``schemas/conversation.schema.json`` (the exchange formats); Finding and Assessment mirror
``schemas/assessment.schema.json``."""

from __future__ import annotations

from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

PROFILE_SCHEMA = "vetlink/profile/v1"
CONVERSATION_SCHEMA = "vetlink/conversation/v1"
ASSESSMENT_SCHEMA: Final = "vetlink/assessment/v1"

Severity = Literal["info", "low", "medium", "high"]
Band = Literal["low", "medium", "high"]
Status = Literal["assessed", "partly_assessed", "not_assessed"]
SEVERITY_ORDER: dict[str, int] = {"info": 0, "low": 1, "medium": 2, "high": 3}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PhotoRef(_Strict):
    present: bool | None = None
    path: str | None = None
    sha256: str | None = None


class Verified(_Strict):
    identity: bool | None = None
    workplace: bool | None = None
    phone: bool | None = None


class Experience(_Strict):
    title: str
    company: str | None = None
    company_url: str | None = None
    location: str | None = None
    start: str | None = None
    end: str | None = None
    description: str | None = None


class Education(_Strict):
    school: str
    degree: str | None = None
    field: str | None = None
    start: str | None = None
    end: str | None = None


class Activity(_Strict):
    date: str | None = None
    kind: str | None = None
    text: str | None = None


class Contact(_Strict):
    emails: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    websites: list[str] = Field(default_factory=list)
    messaging: list[str] = Field(default_factory=list)


class Profile(_Strict):
    """A profile as a person deciding whether to connect sees it.

    ``None`` means "not known" (the source did not show it), which is different from an empty
    list or ``False``. Signals that need a field stay silent when it is ``None``.
    """

    schema_: Literal["vetlink/profile/v1"] | None = Field(default=None, alias="schema")
    platform: str | None = None
    url: str | None = None
    name: str = Field(min_length=1)
    headline: str | None = None
    location: str | None = None
    photo: PhotoRef | None = None
    connections: int | None = Field(default=None, ge=0)
    connections_capped: bool | None = None
    followers: int | None = Field(default=None, ge=0)
    mutual_connections: int | None = Field(default=None, ge=0)
    created: str | None = None
    verified: Verified | None = None
    about: str | None = None
    experience: list[Experience] | None = None
    education: list[Education] | None = None
    skills: list[str] | None = None
    languages: list[str] | None = None
    certifications: list[str] | None = None
    recommendations: int | None = Field(default=None, ge=0)
    endorsements: int | None = Field(default=None, ge=0)
    activity: list[Activity] | None = None
    contact: Contact | None = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self) -> dict[str, Any]:
        """The profile as ``vetlink/profile/v1`` JSON. A dated position or school with no end
        keeps ``"end": null`` (the schema's "present"), so a round trip does not lose it."""
        data = self.model_dump(by_alias=True, exclude_none=True)
        data["schema"] = PROFILE_SCHEMA
        for key in ("experience", "education"):
            for item in data.get(key, []):
                if "start" in item and "end" not in item:
                    item["end"] = None
        return data


class Message(_Strict):
    sender: Literal["contact", "user"]
    text: str
    sent: str | None = None
    attachments: list[str] = Field(default_factory=list)


class Conversation(_Strict):
    schema_: Literal["vetlink/conversation/v1"] | None = Field(default=None, alias="schema")
    platform: str | None = None
    contact: str | None = None
    messages: list[Message] = Field(min_length=1)
    # How the sender roles were guessed when a pasted chat did not show them. Not part of the
    # exchange format (never serialised); set by ingest, read by the approach check.
    _roles_guess: str | None = PrivateAttr(default=None)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @property
    def roles_guess(self) -> str | None:
        return self._roles_guess

    def note_roles_guess(self, why: str) -> None:
        self._roles_guess = why

    def to_json(self) -> dict[str, Any]:
        data = self.model_dump(by_alias=True, exclude_none=True)
        data["schema"] = CONVERSATION_SCHEMA
        return data


class Finding(BaseModel):
    """What a person reads: one red flag with the exact evidence that raised it."""

    id: str = Field(pattern=r"^[a-z]+\.[a-z0-9_]+$")
    severity: Severity
    title: str
    evidence: str
    advice: str | None = None
    where: str | None = Field(
        default=None, description="where the evidence is, e.g. 'message 3' or 'experience 2'"
    )
    why: str | None = Field(
        default=None, description="why this matters to a hostile actor (exposure findings)"
    )
    rewrite: str | None = Field(
        default=None, description="a suggested rewrite of the evidence (exposure findings)"
    )
    weight: float | None = Field(
        default=None,
        description="this finding's weight in the score when it is not the severity's default "
        "(used by model findings, whose weight is their probability)",
        exclude=True,
    )


class ModelOutput(BaseModel):
    name: str
    version: str
    probability: float = Field(ge=0, le=1)
    contributions: list[dict[str, Any]] = Field(default_factory=list)


class Assessment(BaseModel):
    schema_: Literal["vetlink/assessment/v1"] = Field(default=ASSESSMENT_SCHEMA, alias="schema")
    subject: dict[str, Any] = Field(default_factory=dict)
    score: int = Field(ge=0, le=100)
    band: Band
    status: Status = Field(
        default="assessed",
        description="not_assessed: an input could not be read (its language or script, or no "
        "words) and nothing else was found, so band and score say nothing and must not be "
        "shown; partly_assessed: the band covers only what could be read",
    )
    not_assessed_reason: str | None = Field(
        default=None, description="why an input was not assessed, e.g. 'this message is in "
        "Xhosa, which vetlink cannot read yet'; shown at the top, in the band's place",
    )
    findings: list[Finding] = Field(default_factory=list)
    model: ModelOutput | None = None
    models: list[ModelOutput] = Field(
        default_factory=list, description="every model that contributed (model = the first)"
    )
    advice: list[str] = Field(default_factory=list)
    not_checked: list[str] = Field(
        default_factory=list,
        description="checks that could not run because the input did not show what they need",
    )

    model_config = ConfigDict(populate_by_name=True)

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)
