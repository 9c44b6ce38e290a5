"""The station windows (PySide6), one folder per station: kiosk/, counter/,
display/, supervisor/. ui/ calls app/ services and receives plain dataclasses;
it never opens a database session and never imports db/."""
