"""Turning a reported profile and conversation into a practice item nobody can be recognised
in: names, photos, profile addresses, handles, e-mail addresses and phone numbers are replaced
with invented ones, the same invented one wherever the same original appears in the item.

E-mail domains are kept (a webmail or lookalike domain is often the very hallmark being
taught); the analyst reviews the result before saving. The patterns are the checks' own
(:mod:`vetlink.signals.domains`, :mod:`vetlink.signals.patterns`)."""

from __future__ import annotations

import copy
import re
from typing import Any

from vetlink.identity import name_key
from vetlink.signals.domains import EMAIL_RE
from vetlink.signals.patterns import PHONE_RE

FIRST = ["Alex", "Morgan", "Robin", "Sasha", "Jordan", "Kim", "Nikola", "Ari", "Eden", "Toni"]
LAST = ["Varga", "Lindholm", "Okafor", "Castell", "Moreau", "Halloran", "Petrov", "Aziz",
        "Brennan", "Solberg"]
LEARNER = ["Sam", "Chris", "Dana", "Lee", "Pat", "Ruth", "Omar", "Ines"]
PROFILE_URL = re.compile(r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/in/[\w\-%.]{1,100}/?",
                         re.I)
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_.]{2,40}\b")
GREETING = re.compile(
    r"\b(Dear|Hi|Hello|Hey|Good (?:morning|afternoon|evening)|Guten Tag|Hallo|Liebe[r]?|Bonjour"
    r"|Cher|Chère|Hola|Estimad[oa]|Querid[oa]|Здравствуйте|Добрый день|Уважаем(?:ый|ая))"
    r"(,?[ \t]{1,3}(?:(?:Dr|Prof|Mr|Mrs|Ms|Herr|Frau|Monsieur|Madame|Sr|Sra)\.?[ \t]{1,3})?)"
    r"([A-ZÀ-ÖØ-ÞА-Я][\w'\-]{1,40})"
)
WORD = re.compile(r"[^\W\d_][\w'\-]{0,60}")


class Replacer:
    """One consistent mapping from originals to invented values, for one item."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self.words: dict[str, str] = {}
        self.values: dict[str, str] = {}

    def invented(self, kind: str, original: str, make: Any) -> str:
        key = f"{kind}:{original.casefold()}"
        if key not in self.values:
            self.values[key] = make(sum(1 for k in self.values if k.startswith(kind + ":")))
        return self.values[key]

    def person(self, name: str) -> str:
        """An invented full name for ``name``; its parts map to the invented parts."""
        key = name_key(name)
        if key not in self.names:
            n = len(self.names)
            new = f"{FIRST[n % len(FIRST)]} {LAST[(n * 3 + 1) % len(LAST)]}"
            self.names[key] = new
            old_parts = [w for w in WORD.findall(name) if len(w) > 2 and w[0].isupper()]
            new_parts = new.split()
            for i, part in enumerate(old_parts):
                self.words.setdefault(part, new_parts[0] if i == 0 else new_parts[-1])
        return self.names[key]

    def learner(self, name: str) -> str:
        return self.invented("learner", name, lambda n: LEARNER[n % len(LEARNER)])

    def email(self, address: str) -> str:
        local, _, domain = address.rpartition("@")
        made = self.invented("email", local, lambda n: f"contact{n + 1}")
        return f"{made}@{domain}"

    def phone(self, number: str) -> str:
        country = re.match(r"(?:\+|00)(\d{1,3})", number)
        prefix = f"+{country.group(1)}" if country else "+44"
        return self.invented("phone", re.sub(r"\D", "", number),
                             lambda n: f"{prefix} 7700 900{n + 101:03d}")

    def url(self, found: str) -> str:
        return self.invented("url", found.rstrip("/"),
                             lambda n: f"https://www.linkedin.com/in/practice-persona-{n + 1}")

    def handle(self, found: str) -> str:
        return self.invented("handle", found, lambda n: f"@practice_contact{n + 1}")

    def text(self, value: str) -> str:
        value = PROFILE_URL.sub(lambda m: self.url(m.group(0)), value)
        value = EMAIL_RE.sub(lambda m: self.email(m.group(0)), value)
        value = PHONE_RE.sub(lambda m: self.phone(m.group(0)), value)
        value = HANDLE.sub(lambda m: self.handle(m.group(0)), value)
        value = GREETING.sub(self.greeting, value)
        return WORD.sub(lambda m: self.words.get(m.group(0), m.group(0)), value)

    def greeting(self, found: re.Match[str]) -> str:
        name = found.group(3)
        if name in self.words:  # addressing the persona by name
            return found.group(0)
        return f"{found.group(1)}{found.group(2)}{self.learner(name)}"


def anonymise(profile: dict[str, Any] | None,
              conversation: dict[str, Any] | None) -> tuple[dict[str, Any] | None,
                                                            dict[str, Any] | None]:
    """Copies of ``profile`` and ``conversation`` with people and their contact details
    replaced (see the module's docstring); the originals are not changed."""
    replacer = Replacer()
    profile, conversation = copy.deepcopy(profile), copy.deepcopy(conversation)
    if profile and profile.get("name"):
        profile["name"] = replacer.person(str(profile["name"]))
    if conversation and conversation.get("contact"):
        contact = str(conversation["contact"])
        conversation["contact"] = replacer.person(contact.split(",")[0]) + (
            "," + contact.split(",", 1)[1] if "," in contact else "")
    if profile:
        anonymise_profile(profile, replacer)
    if conversation:
        for message in conversation.get("messages") or []:
            message["text"] = replacer.text(str(message.get("text", "")))
    return profile, conversation


def anonymise_profile(profile: dict[str, Any], replacer: Replacer) -> None:
    if profile.get("url"):
        profile["url"] = replacer.url(str(profile["url"]))
    if profile.get("photo"):
        profile["photo"] = {"present": bool(profile["photo"].get("present", True))}
    for field in ("headline", "about", "location"):
        if isinstance(profile.get(field), str):
            profile[field] = replacer.text(profile[field])
    for entry in profile.get("experience") or []:
        if isinstance(entry.get("description"), str):
            entry["description"] = replacer.text(entry["description"])
    for entry in profile.get("activity") or []:
        if isinstance(entry.get("text"), str):
            entry["text"] = replacer.text(entry["text"])
    contact = profile.get("contact") or {}
    contact_fields = {"emails": replacer.email, "phones": replacer.phone,
                      "websites": replacer.text, "messaging": replacer.text}
    for field, change in contact_fields.items():
        if contact.get(field):
            contact[field] = [change(str(v)) for v in contact[field]]
