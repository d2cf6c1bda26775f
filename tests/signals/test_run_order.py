"""The signals run in the catalogue's order, whatever module was imported first."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

PROBE = """
import json, sys
for name in sys.argv[1:]:
    __import__(name)
from vetlink.assess import assess
from vetlink.domain import Profile
bare = {"schema": "vetlink/profile/v1", "platform": "linkedin",
        "url": "https://www.linkedin.com/in/order-probe", "name": "Order Probe"}
print(json.dumps([n.split(":")[0] for n in assess(Profile.model_validate(bare)).not_checked]))
"""


def not_checked_after_importing(*modules: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, *modules], capture_output=True,
                          text=True, check=True, env={"PYTHONPATH": str(SRC)})
    return json.loads(done.stdout)


def test_importing_one_signal_module_first_does_not_reorder_the_not_checked_list() -> None:
    plain = not_checked_after_importing()
    # profile_language imports profile_hallmarks: before, this put both modules' signals
    # ahead of profile.py's and reordered "not checked" (which the golden guard covers)
    assert not_checked_after_importing("vetlink.signals.profile_language") == plain
    assert not_checked_after_importing("vetlink.signals.profile_hallmarks",
                                       "vetlink.signals.profile_career") == plain
    assert len(plain) >= 5 and plain[0].startswith("profile.")
