"""The signal catalogue.

A signal is one small, pure function registered with :func:`signal`. It receives the subject
(a Profile, a Conversation, a photo analysis...) and a :class:`Context`, and yields evidence:
a string, or a :class:`Hit` when it needs to say more (a different severity, where it was
found). Each yielded item becomes one :class:`~vetlink.domain.Finding` carrying the signal's
id, title and advice. The function's docstring is the signal's documentation
(``vetlink signals`` prints it).

A signal declares the profile fields it ``needs``; when the input does not show one of them
(the field is ``None``), the signal is not run and the assessment lists it under
``not_checked``: missing information is not evidence. A need that names a field of the
:class:`Context` (``viewer``) is looked up in the context instead of the subject.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from dataclasses import dataclass, field, fields
from datetime import date
from typing import TYPE_CHECKING, Any

from vetlink.domain import Finding, Profile, Severity

if TYPE_CHECKING:
    from vetlink.intel.watchlist import Watchlist


@dataclass(frozen=True)
class Context:
    """What a signal may know besides its subject."""

    today: date = field(default_factory=date.today)
    viewer: Profile | None = None  # the person being approached, when known
    # partners' indicators; None: the data directory's watchlist (vetlink.intel.match)
    watchlist: Watchlist | None = None


CONTEXT_FIELDS = frozenset(f.name for f in fields(Context))


@dataclass(frozen=True)
class Hit:
    evidence: str
    severity: Severity | None = None
    where: str | None = None
    weight: float | None = None
    why: str | None = None
    rewrite: str | None = None


Evidence = str | Hit
SignalFunc = Callable[[Any, Context], Iterable[Evidence]]


@dataclass(frozen=True)
class Signal:
    id: str
    kind: str
    severity: Severity
    title: str
    advice: str
    doc: str
    needs: tuple[str, ...]
    func: SignalFunc

    def missing(self, subject: Any, ctx: Context | None = None) -> list[str]:
        """The needed fields the subject does not show, and the needed context fields
        (``viewer``) the context does not give (all of them when no context is given)."""
        if not self.needs:
            return []
        return [name for name in self.needs
                if getattr(ctx if name in CONTEXT_FIELDS else subject, name, None) is None]

    def run(self, subject: Any, ctx: Context) -> list[Finding]:
        return [self.finding(item) for item in self.func(subject, ctx)]

    def finding(self, item: Evidence) -> Finding:
        """The finding of one piece of evidence the signal yielded."""
        if type(item) is str:  # plain evidence: the signal's own severity, no place
            return _finding({
                "id": self.id, "severity": self.severity, "title": self.title,
                "evidence": item, "advice": self.advice, "where": None, "weight": None,
                "why": None, "rewrite": None})
        hit = item if isinstance(item, Hit) else Hit(evidence=item)
        return _finding({
            "id": self.id, "severity": hit.severity or self.severity, "title": self.title,
            "evidence": hit.evidence, "advice": self.advice, "where": hit.where,
            "weight": hit.weight, "why": hit.why, "rewrite": hit.rewrite})


# Builds and validates a Finding from a dict of every field, as ``Finding(**fields)`` does
# (the same validation), without the keyword-argument wrapper of ``BaseModel.__init__``.
_finding: Callable[[dict[str, Any]], Finding] = Finding.__pydantic_validator__.validate_python


_REGISTRY: dict[str, Signal] = {}


def signal(
    id: str,
    *,
    severity: Severity,
    title: str,
    advice: str,
    needs: tuple[str, ...] = (),
) -> Callable[[SignalFunc], SignalFunc]:
    """Register a signal. The id's prefix (``profile.``, ``message.``...) is its kind."""

    def register(func: SignalFunc) -> SignalFunc:
        if id in _REGISTRY:
            raise ValueError(f"signal {id} is registered twice")
        kind = id.split(".", 1)[0]
        check_module_kind(id, kind, func.__module__)
        doc = inspect.getdoc(func) or ""
        if not doc:
            raise ValueError(f"signal {id} has no docstring")
        _REGISTRY[id] = Signal(id, kind, severity, title, advice, doc, needs, func)
        return func

    return register


def registry() -> dict[str, Signal]:
    """Every registered signal, importing the signal modules on first use."""
    from vetlink.signals.catalogue import load_all

    load_all()
    return dict(_REGISTRY)


def signals_of(kind: str) -> list[Signal]:
    """The signals of one kind, importing only that kind's modules on first use."""
    return list(_signals_of(kind))


def _signals_of(kind: str) -> tuple[Signal, ...]:
    """:func:`signals_of` as a tuple kept until a signal is registered (no copy per run)."""
    cached = _BY_KIND.get(kind)
    if cached is None or cached[0] != len(_REGISTRY):  # registered since: list them again
        from vetlink.signals.catalogue import load_all

        load_all(kind)
        cached = (len(_REGISTRY), catalogue_order(s for s in _REGISTRY.values()
                                                  if s.kind == kind))
        _BY_KIND[kind] = cached
    return cached[1]


def catalogue_order(signals: Iterable[Signal]) -> tuple[Signal, ...]:
    """The signals in the catalogue's module order, each module's in definition order: the
    run order (and so the order of "not checked") never depends on which module some other
    code happened to import first. Signals of modules outside the catalogue come last."""
    from vetlink.signals.catalogue import SIGNAL_MODULES

    rank = {name: i for i, name in enumerate(SIGNAL_MODULES)}
    listed = list(signals)  # registration order: a module's signals in definition order
    return tuple(sorted(listed, key=lambda s: rank.get(s.func.__module__, len(rank))))


_BY_KIND: dict[str, tuple[int, tuple[Signal, ...]]] = {}


def check_module_kind(id: str, kind: str, module: str) -> None:
    """Signals of kind ``k`` live in ``vetlink.signals.k`` or ``vetlink.signals.k_*`` (so
    that :func:`signals_of` can import only the modules of one kind)."""
    from vetlink.signals.catalogue import module_kind

    if module.startswith("vetlink.signals.") and module_kind(module) != kind:
        raise ValueError(f"signal {id} must be defined in vetlink.signals.{kind} or "
                         f"vetlink.signals.{kind}_*, not {module}")


@dataclass
class RunResult:
    findings: list[Finding] = field(default_factory=list)
    not_checked: list[str] = field(default_factory=list)


_RUN_MEMO: ContextVar[dict[Any, Any] | None] = ContextVar("vetlink_run_memo", default=None)


def run_memo() -> dict[Any, Any] | None:
    """A dictionary that lives for one :func:`run_signals` call (None outside one): what
    several signals derive from the same subject (its texts, periods, personas) is computed
    once per run and kept here, never across runs (a subject may change between them)."""
    return _RUN_MEMO.get()


def run_signals(kind: str, subject: Any, ctx: Context) -> RunResult:
    """Run every signal of one kind on the subject."""
    result = RunResult()
    findings = result.findings
    token = _RUN_MEMO.set({})
    try:
        for sig in _signals_of(kind):
            if sig.needs:
                missing = sig.missing(subject, ctx)
                if missing:
                    result.not_checked.append(f"{sig.id}: {sig.title} (input does not show "
                                              f"{', '.join(missing)})")
                    continue
            findings.extend(map(sig.finding, sig.func(subject, ctx)))  # sig.run, no list
    finally:
        _RUN_MEMO.reset(token)
    return result
