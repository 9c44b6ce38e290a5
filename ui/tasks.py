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
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

_STOP = object()


class TaskRunner(QObject):
    # emitted on the worker thread, once per outcome put in _outcomes; Qt queues it to this
    # object's (the UI) thread. The outcome does not travel with the signal: the worker must
    # hold nothing of a call once it is done (below), and a bare signal keeps PySide6's
    # reference counting out of it.
    _ready = Signal()

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self._ready.connect(self._deliver)
        self._calls: queue.Queue = queue.Queue()
        self._outcomes: queue.SimpleQueue = queue.SimpleQueue()  # (callback, result, error, call)
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
            self._outcomes.put(self._run(call))
            # The call (its function and callbacks, which hold the window) now lives only in the
            # outcome, which the UI thread takes and drops: were the last reference dropped here, a
            # widget would be deleted off the UI thread, and Qt crashes (at exit, typically).
            del call
            try:
                self._ready.emit()
            except RuntimeError:
                return  # the window and this runner are gone
            finally:
                # idle once the emit is over too: a process that exits after wait() must not find
                # this thread inside Qt (taking the GIL back during finalisation there aborts it)
                with self._lock:
                    self._unfinished -= 1
                    if self._unfinished == 0:
                        self._idle.set()

    @staticmethod
    def _run(call: tuple) -> tuple:
        fn, on_done, on_error = call
        try:
            return (on_done, fn(), None, call)
        except Exception as error:  # handed to the UI thread, which decides what to show
            return (on_error, None, error, call)

    @Slot()
    def _deliver(self) -> None:
        # one outcome per signal, first in first out: the outcome a signal announces was put
        # before it was emitted, and the worker had let go of it by then
        callback, result, error, _call = self._outcomes.get_nowait()
        self._pending -= 1
        try:
            if callback is not None:
                callback(error if error is not None else result)
        finally:
            if error is not None:
                # the traceback's frames and the error refer to each other: a cycle the garbage
                # collector could free on any thread. Emptied here, it goes now, on this one.
                traceback.clear_frames(error.__traceback__)

    def _log_error(self, error: Exception) -> None:
        log.error("%s task failed", self.objectName(), exc_info=error)
