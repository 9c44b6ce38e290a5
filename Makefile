# One venv for running and testing; every target creates it when missing.
VENV    ?= .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed

.PHONY: run test install bench clean translations

$(PY):
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/mpp demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(VENV)/bin/mpp bench

clean:
	rm -rf $(VENV) build/dist build/work .pytest_cache

# Refresh the Qt Linguist sources from the code (then translate the new
# entries in resources/i18n/mpp_id.ts, e.g. with pyside6-linguist).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find ui -name '*.py' | sort) -ts resources/i18n/mpp_id.ts resources/i18n/mpp_en.ts -no-obsolete -locations none
