# Minka: `make run` opens the app signed in to a demo server; `make test` runs every test.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TS     := resources/translations/minka_es.ts resources/translations/minka_en.ts
QM     := $(TS:.ts=.qm)

# The system packages each target needs, installed by one step (app/system_packages.py);
# CI runs `make test`, so it uses the same step and list.
SYSTEM := $(PYTHON) app/system_packages.py --python=$(PYTHON)
# As root every package is there, so a skipped test has not run: make it fail.
STRICT := $(if $(filter 0,$(shell id -u)),MINKA_STRICT_SKIPS=1,)

.PHONY: run test translations lupdate bench screenshots clean bundle bundle-test system-run system-test \
        system-screenshots

system-run system-test system-screenshots:
	@$(SYSTEM) $(@:system-%=%)

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Minka needs Python 3.11"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: system-run $(STAMP) translations
	$(BIN)/python -m app demo

test: system-test $(STAMP) translations
	$(STRICT) QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider --durations=10

# Refresh the .ts catalogues from the source (Spanish is the source language).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -source-language es -no-obsolete \
	  $$(find app -name '*.py') -ts $(TS)
	$(BIN)/python build_scripts/fill_translations.py

screenshots: system-screenshots $(STAMP) translations
	for script in build_scripts/screenshots.py build_scripts/screenshots_*.py; do \
	  $(BIN)/python $$script docs/screenshots || exit 1; done

clean:
	rm -rf $(VENV) .minka-demo $(QM)

# The desktop client as a one-folder bundle, zipped in dist/ (build_scripts/minka.spec).
bundle: $(STAMP) translations
	$(BIN)/python -m pip install -q 'pyinstaller>=6.10'
	$(BIN)/python build_scripts/bundle.py

# Build the bundle and run its self-test (offscreen, a temporary profile, demo content).
bundle-test: $(STAMP) translations
	$(BIN)/python -m pip install -q 'pyinstaller>=6.10'
	$(BIN)/python build_scripts/bundle.py --test
