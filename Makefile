# Two entry points for a newcomer on a fresh machine (Python 3.10+ with venv):
#   make demo   set up .venv and anonymise the bundled samples into out/
#   make test   set up .venv with the test extras and run the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench serve screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The casework samples (samples/risk*/ hold the risk-of-harm evidence sets; benchmarks read them).
demo: $(STAMP)
	$(BIN)/redactor redact $(wildcard samples/*.txt samples/*.md samples/*.docx) --out out --pipeline training
	@echo "Anonymised drafts are in $(CURDIR)/out/ (one per sample, with <name>.findings.json beside it)."

test: $(STAMP)
	$(BIN)/python -m pytest

# The web page over a demo workspace made from samples/ (demo accounts' passwords printed once).
serve: $(STAMP)
	$(BIN)/python samples/demo_workspace.py demo-workspace
	$(BIN)/redactor serve --workspace demo-workspace

# Screenshots of the web page for the README, taken by the browser tests (needs chromium).
screenshots: $(STAMP)
	REDACTOR_SCREENSHOTS=$(CURDIR)/docs/screenshots $(BIN)/python -m pytest -q tests/web/test_browser.py -k screenshots

bench: $(STAMP)
	$(BIN)/python benchmarks/quality.py
	$(BIN)/python benchmarks/speed.py

clean:
	rm -rf $(VENV) out demo-workspace
