"""The Qt binding we ship survives a long-running event loop."""
from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
for _ in range(20000):
    app.processEvents()
print("alive")
"""


def test_process_events_does_not_leak_none_references():
    # PySide6 6.12.0 aborts here with "Fatal Python error: none_dealloc"; the window
    # would die the same way after some minutes of use.
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                         timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "alive"
