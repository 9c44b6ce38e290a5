"""Work off the UI thread, results back on it (the pattern of Anki's taskman and
Picard's run_task).

A TaskRunner owns one worker thread and runs its calls one at a time, in the
order given: the database runner serialises every app/ service call of a
window; printing and other device I/O get a runner of their own so that a
printer that hangs never holds up the queue. The callbacks run on the UI thread.

The worker is a Python thread, not a QThreadPool: PySide6 6.12 crashes
(none_dealloc) when Python callables run on QThreadPool threads emit signals.
It can also crash when a worker imports a module for the first time while the
UI thread runs events (its import hook), so a window imports what its workers
will need before it starts them (app.kiosk.Kiosk.prepare).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

_STOP = object()


class TaskRunner(QObject):
    # emitted on the worker thread; Qt queues it to this object's (the UI) thread.
    # One tuple (callback, result, error) rather than three arguments, delivered
    # to a decorated slot: both keep PySide6's reference counting straight.
    _finished = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self._finished.connect(self._deliver)
        self._calls: queue.Queue = queue.Queue()
        self._pending = 0
        self._lock = threading.Lock()
        self._unfinished = 0  # calls queued or running, counted under the lock
        self._idle = threading.Event()
        self._idle.set()
        self._thread = threading.Thread(target=self._work, name=name, daemon=True)
        self._thread.start()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        self._pending += 1
        with self._lock:
            self._unfinished += 1
            self._idle.clear()
        self._calls.put((fn, on_done, on_error or self._log_error))

    @property
    def busy(self) -> bool:
        """Work queued or running, or a result not yet delivered."""
        return self._pending > 0

    def wait(self, timeout: float = 30.0) -> bool:
        """Block until the queued work has run (closing a window; never on a tap)."""
        return self._idle.wait(timeout)

    def stop(self) -> None:
        self._calls.put(_STOP)

    def _work(self) -> None:
        while True:
            call = self._calls.get()
            if call is _STOP:
                return
            fn, on_done, on_error = call
            try:
                outcome = (on_done, fn(), None)
            except Exception as error:  # handed to the UI thread, which decides what to show
                outcome = (on_error, None, error)
            with self._lock:
                self._unfinished -= 1
                if self._unfinished == 0:
                    self._idle.set()
            try:
                self._finished.emit(outcome)
            except RuntimeError:
                return  # the window and this runner are gone

    @Slot(object)
    def _deliver(self, outcome: tuple) -> None:
        callback, result, error = outcome
        self._pending -= 1
        if callback is not None:
            callback(error if error is not None else result)

    def _log_error(self, error: Exception) -> None:
        log.error("%s task failed", self.objectName(), exc_info=error)
