# kimkit — two commands on a fresh machine with Python 3.11+ and make:
#   make lab     open the course in JupyterLab (PORT=8888, NO_BROWSER=1)
#   make test    install the test tools and run every test
# and, for trainers:
#   make pelatih     install nbgrader too (formgrader in JupyterLab, autograde)
#   make exercises   regenerate exercises/ from solutions/ with nbgrader
#   make benchmark   time self-checks, validate and autograde

PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
PORT ?= 8888
# nbgrader runs `alembic` when it creates a gradebook: the venv's bin must be on PATH.
export PATH := $(BIN):$(PATH)

.PHONY: lab test exercises pelatih datasets benchmark clean

INSTALL_FAILED = { echo "Pemasangan gagal. Periksa koneksi internet (hanya perlu sekali, saat pemasangan pertama), lalu ulangi perintahnya."; exit 1; }

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "kimkit perlu Python 3.11 atau lebih baru (ditemukan: $$($(PYTHON) --version 2>&1))."; \
	  echo "Pasang Python 3.11+, lalu ulangi, misalnya: PYTHON=python3.12 make lab"; exit 1; }
	$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); \
	  echo "Gagal membuat .venv. Di Debian/Ubuntu pasang dulu: sudo apt install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip || $(INSTALL_FAILED)

$(VENV)/.installed-participant: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e . || $(INSTALL_FAILED)
	touch $@

$(VENV)/.installed-all: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e ".[trainer,test]" || $(INSTALL_FAILED)
	touch $@ $(VENV)/.installed-participant

lab: $(VENV)/.installed-participant
	PORT=$(PORT) $(BIN)/python -m kimkit.lab

test: $(VENV)/.installed-all
	$(BIN)/python -m pytest

pelatih: $(VENV)/.installed-all

exercises: $(VENV)/.installed-all
	$(BIN)/python tools/generate_exercises.py

datasets: $(VENV)/.installed-participant
	$(BIN)/python tools/make_datasets.py

benchmark: $(VENV)/.installed-all
	$(BIN)/python tools/benchmark_grading.py latihan01 --copies 10

clean:
	rm -rf $(VENV) gradebook.db submitted autograded feedback
