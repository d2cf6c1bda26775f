"""Signal modules are loaded per kind, so checking a profile does not import other rules."""

import subprocess
import sys

import pytest

from vetlink.signals import SIGNAL_MODULES, module_kind, registry
from vetlink.signals.base import check_module_kind


def test_profile_check_imports_only_profile_signal_modules():
    code = (
        "import sys\n"
        "from vetlink.signals.base import signals_of\n"
        "assert len(signals_of('profile')) >= 20\n"
        "print(sorted(m for m in sys.modules if m.startswith('vetlink.signals.exposure')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_every_registered_signal_lives_in_a_module_of_its_kind():
    kinds = {module_kind(name) for name in SIGNAL_MODULES}
    assert {s.kind for s in registry().values()} <= kinds
    assert module_kind("vetlink.signals.profile_career") == "profile"


def test_a_signal_in_a_module_of_another_kind_is_refused():
    with pytest.raises(ValueError, match=r"must be defined in vetlink\.signals\.message"):
        check_module_kind("message.x", "message", "vetlink.signals.profile_language")


def test_there_are_at_least_twenty_documented_profile_signals():
    profile_signals = [s for s in registry().values() if s.kind == "profile"]
    assert len(profile_signals) >= 20
    assert all(s.doc and s.advice and s.title for s in profile_signals)
