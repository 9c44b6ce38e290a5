# One venv for running and testing; every target creates it when missing.
VENV    ?= .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed

.PHONY: run test install bench clean translations system-deps screenshots pg bundle station-example

$(PY):
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test,build]'
	touch $(STAMP)

install: $(STAMP)

# Shared libraries Qt (windows, offscreen too, and QtMultimedia's PulseAudio
# client) and USB ticket printers need at
# run time, by their Debian/Ubuntu names; installed when missing and we may.
SYSTEM_LIBS := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
               libglib2.0-0 libxcb-cursor0 libusb-1.0-0 libpulse0
system-deps:
	@missing=$$(for p in $(SYSTEM_LIBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    apt-get update -q && apt-get install -y -q $$missing; \
	  else echo "mpp-desk needs these system packages: $$missing"; fi; \
	fi

run: system-deps $(STAMP)
	$(VENV)/bin/mpp demo

test: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# PostgreSQL for the sync hub's tests: started, with role mpp and a fresh database
# mpp_test (the tests' default MPP_TEST_PG_URL). Needs root, or a server already running.
pg:
	.ci/pg-up

bench: $(STAMP)
	$(VENV)/bin/mpp bench

# The one-folder PyInstaller bundle: build/dist/mpp/ (build/README.md; about a minute).
bundle: $(STAMP)
	$(PY) build/build.py

# Rewrite resources/station.example.toml from app/config.py (a test fails when they differ).
station-example: $(STAMP)
	$(PY) -c "from app.config import StationConfig, render_config; open('resources/station.example.toml', 'w', encoding='utf-8').write(render_config(StationConfig()))"

clean:
	rm -rf $(VENV) build/dist build/work .pytest_cache

# Refresh the Qt Linguist sources from the code (then translate the new
# entries in resources/i18n/mpp_id.ts, e.g. with pyside6-linguist).
# Careful: PySide6 6.11's lupdate reads translate(ctx, text, "", n) as a plain
# message and drops the plural entries the .ts holds for those; check the diff
# and keep them (Qt uses them at run time for the English plurals).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find ui -name '*.py' | sort) -ts resources/i18n/mpp_id.ts resources/i18n/mpp_en.ts -no-obsolete -locations none

# The README's pictures: each station's first screen, rendered offscreen on the demo catalog.
SHOTS := resources/screenshots
screenshots: $(STAMP)
	rm -f $(SHOTS)/shots.sqlite* && mkdir -p $(SHOTS)
	MPP_NOW=2026-11-23T10:30+07:00 $(VENV)/bin/mpp init --db $(SHOTS)/shots.sqlite --catalog resources/catalog/demo.toml >/dev/null
	MPP_NOW=2026-11-23T10:30+07:00 $(VENV)/bin/mpp kiosk --db $(SHOTS)/shots.sqlite --screenshot $(SHOTS)/kiosk-portrait.png --size 1080x1920
	MPP_NOW=2026-11-23T10:30+07:00 $(VENV)/bin/mpp kiosk --db $(SHOTS)/shots.sqlite --screenshot $(SHOTS)/kiosk-landscape.png --size 1920x1080
	rm -f $(SHOTS)/shots.sqlite*
