"""What `mpp self-check` (app/selfcheck.py) asks of Qt in its own process: the audio outputs."""

from __future__ import annotations

import importlib

from app.selfcheck import AudioFound


def audio_outputs() -> AudioFound:
    """The audio output devices QtMultimedia sees, the default one first; none, with the
    reason, where QtMultimedia cannot load (its PulseAudio library missing)."""
    from PySide6.QtCore import QCoreApplication, qInstallMessageHandler

    if QCoreApplication.instance() is None:
        from ui.app import application

        application(offscreen=True)
    said: list[str] = []
    # Qt's own chatter while the backend starts ("pa_context_connect() failed") is the reason, not noise
    previous = qInstallMessageHandler(lambda mode, context, message: said.append(message))
    try:
        try:
            multimedia = importlib.import_module("PySide6.QtMultimedia")
        except ImportError as error:
            return AudioFound((), f"QtMultimedia cannot be loaded: {error}")
        devices = multimedia.QMediaDevices
        default = devices.defaultAudioOutput()
        names = [d.description() for d in devices.audioOutputs()]
        if not default.isNull() and default.description() in names:
            names.remove(default.description())
            names.insert(0, default.description())
        # Qt tries PipeWire before PulseAudio: its absence alone says nothing; nor does a missing
        # media back-end, which the bundle leaves out (the announcer plays through QAudioSink)
        noise = ("FFmpeg version", "pipewire", "No QtMultimedia backends found")
        why = "; ".join(m for m in said if not any(n.lower() in m.lower() for n in noise)) or None
        return AudioFound(tuple(names), None if names else why)
    finally:
        qInstallMessageHandler(previous)
