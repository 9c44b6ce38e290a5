"""The domain and its services, in plain Python: no Qt here except the
composition root (app.cli starting a window), which imports ui/ lazily."""

__version__ = "0.1.0"
