"""Partner organisations: each has its own TAXII token, issued by an admin and shown once;
only its sha256 is kept. A partner token opens the TAXII API root and nothing else (it is
not a user: it cannot sign in, check, report or see any case)."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetlink.errors import InputError, NotFound
from vetlink.store import audit
from vetlink.store.models import Partner

TOKEN_PREFIX = "vlp_"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.strip().encode()).hexdigest()


def add_partner(session: Session, name: str, actor_id: int | None) -> str:
    """Create a partner; returns its token (the only time it is seen)."""
    clean = " ".join(name.split())
    if not 2 <= len(clean) <= 120:
        raise InputError("partner name: 2-120 characters")
    if session.scalar(select(Partner.id).where(Partner.name == clean)) is not None:
        raise InputError(f"partner {clean!r} exists already (revoke it, or choose another name)")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    partner = Partner(name=clean, token_hash=token_hash(token), active=True)
    session.add(partner)
    session.flush()
    audit.record(session, actor_id, "partner.create", "partner", partner.id, name=clean)
    return token


def revoke_partner(session: Session, name: str, actor_id: int | None) -> Partner:
    partner = session.scalar(select(Partner).where(Partner.name == " ".join(name.split())))
    if partner is None:
        raise NotFound(f"partner {name!r} does not exist")
    partner.active = False
    audit.record(session, actor_id, "partner.revoke", "partner", partner.id, name=partner.name)
    return partner


def list_partners(session: Session) -> list[Partner]:
    return list(session.scalars(select(Partner).order_by(Partner.name)))


def partner_of_token(session: Session, token: str | None) -> Partner | None:
    """The active partner this token belongs to, else None."""
    if not token or not token.startswith(TOKEN_PREFIX):
        return None
    partner = session.scalar(select(Partner).where(Partner.token_hash == token_hash(token)))
    return partner if partner is not None and partner.active else None
