"""`minka --self-test` checks an installation end to end on a temporary profile."""
from __future__ import annotations

import subprocess
import sys

from tests.helpers import ROOT


def test_self_test_from_the_source_passes_and_says_what_it_checked(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "TMPDIR": str(tmp_path),
           "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-m", "app", "--self-test"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stdout + run.stderr
    out = run.stdout
    for check in ("embedded server", "first sync", "main window open", "catalogue search",
                  "lesson opened", "self-test passed: 6 checks"):
        assert check in out
    # It cleans up after itself.
    assert not list(tmp_path.glob("minka-self-test-*"))
