"""The Qt binding we run on keeps Python's reference counts straight.

PySide6 6.12 on Python 3.11 returned None and True from void calls and signal
emits without taking a reference: a station aborted (none_dealloc) after a few
thousand calls, minutes into a display board's running text. pyproject.toml keeps
6.12 out; this test runs the calls in a child process so that a binding with the
bug fails it rather than killing the test run."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject, Signal

class Probe(QObject):
    changed = Signal(object)

probe = Probe()
none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(20000):
    probe.setObjectName("probe")  # a void call: returns None
    probe.changed.emit(1)  # returns True
print(none_before - sys.getrefcount(None), true_before - sys.getrefcount(True))
"""


def test_void_calls_and_emits_leave_none_and_true_counted():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            env={"QT_QPA_PLATFORM": "offscreen"} | dict(__import__("os").environ))
    assert result.returncode == 0, result.stderr[-500:]
    lost_none, lost_true = map(int, result.stdout.split())
    # a few references come and go with the interpreter's own work; 20,000 would be the bug
    assert abs(lost_none) < 100 and abs(lost_true) < 100
