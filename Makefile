# kimkit — two commands on a fresh machine with Python 3.11+ and make:
#   make lab     open the course in JupyterLab, in the participant's workspace ruang_kerja/
#                (PORT=8888, NO_BROWSER=1, KIMKIT_RUANG_KERJA=folder)
#   make test    install the test tools and run every test
# and, for trainers:
#   make pelatih     install nbgrader too, open JupyterLab at the repository root (Formgrader)
#   make exercises   rebuild solutions/, kimkit/exercises/*.json and exercises/ from authoring/
#   make bundle      dist/kimkit-peserta.zip: the course for participants, without solutions
#                    (WHEELHOUSE=1: with dist/wheelhouse/ inside, so it installs without internet)
#   make wheelhouse  dist/wheelhouse/ and dist/kimkit-wheelhouse.zip: every wheel participants need,
#                    for Linux, Windows, macOS and Python 3.11-3.13 (TARGET=current: this machine only)
#   make paket-solusi  dist/paket_solusi_kimkit.json: solutions to hand out after grading
#   make benchmark   time self-checks, validate and autograde
#   make bench       grade one class with nbgrader autograde and with kimkit; print the ratio
#   make demo        a trainer's whole day on a synthetic class of 55, into demo/
#
# Recipes are silent (@): make prints only what is happening, in Indonesian. pip's output
# goes to .venv/pasang.log, shown only when an installation fails.

PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
LOG := $(VENV)/pasang.log
PORT ?= 8888
# nbgrader runs `alembic` when it creates a gradebook: the venv's bin must be on PATH.
export PATH := $(BIN):$(PATH)

.PHONY: lab test exercises pelatih bundle wheelhouse paket-solusi datasets benchmark bench demo clean

# After a failed pip run: the end of the log, then what to do.
INSTALL_FAILED = { echo " gagal."; echo; tail -n 25 $(LOG); echo; \
  echo "Pemasangan gagal (catatan lengkap: $(LOG)). Periksa koneksi internet (hanya perlu sekali, saat pemasangan pertama), lalu ulangi perintahnya."; \
  exit 1; }

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "kimkit perlu Python 3.11 atau lebih baru (ditemukan: $$($(PYTHON) --version 2>&1))."; \
	  echo "Pasang Python 3.11+, lalu ulangi, misalnya: PYTHON=python3.12 make lab"; exit 1; }
	@echo "Membuat lingkungan Python kimkit di $(VENV)/ (sekali saja) …"
	@out=$$($(PYTHON) -m venv $(VENV) 2>&1) || { rm -rf $(VENV); echo "$$out"; \
	  echo "Gagal membuat .venv. Di Debian/Ubuntu pasang dulu: sudo apt install python3-venv"; exit 1; }
	@printf 'Memperbarui pip (perlu internet) …'
	@$(BIN)/python -m pip install --upgrade pip > $(LOG) 2>&1 || $(INSTALL_FAILED)
	@echo " selesai."

$(VENV)/.installed-participant: pyproject.toml | $(VENV)/bin/python
	@printf 'Memasang kimkit, JupyterLab dan pustaka peserta (pertama kali perlu internet dan beberapa menit) …'
	@$(BIN)/python -m pip install -e . > $(LOG) 2>&1 || $(INSTALL_FAILED)
	@echo " selesai."
	@touch $@

$(VENV)/.installed-all: pyproject.toml | $(VENV)/bin/python
	@printf 'Memasang kimkit, JupyterLab, nbgrader dan alat uji (pertama kali perlu internet dan beberapa menit) …'
	@$(BIN)/python -m pip install -e ".[trainer,test,hub]" > $(LOG) 2>&1 || $(INSTALL_FAILED)
	@echo " selesai."
	@touch $@ $(VENV)/.installed-participant

lab: $(VENV)/.installed-participant
	@PORT=$(PORT) $(BIN)/python -m kimkit.lab

pelatih: $(VENV)/.installed-all
	@PORT=$(PORT) $(BIN)/python -m kimkit.lab --pelatih

test: $(VENV)/.installed-all
	@echo "Menjalankan semua tes …"
	@$(BIN)/python -m pytest

exercises: $(VENV)/.installed-all
	@$(BIN)/python tools/build_exercises.py

bundle: | $(VENV)/bin/python
	@$(if $(WHEELHOUSE),[ -f dist/wheelhouse/manifest.json ] || $(BIN)/python tools/make_wheelhouse.py,:)
	@$(BIN)/python tools/make_bundle.py $(if $(WHEELHOUSE),--wheelhouse)

wheelhouse: | $(VENV)/bin/python
	@$(BIN)/python tools/make_wheelhouse.py $(if $(TARGET),--target $(TARGET))

paket-solusi: | $(VENV)/bin/python
	@$(BIN)/python tools/make_solutions_pack.py

datasets: $(VENV)/.installed-participant
	@echo "Membuat ulang dataset sintetis dan templat daftar KIM …"
	@$(BIN)/python tools/make_datasets.py

benchmark: $(VENV)/.installed-all
	@$(BIN)/python tools/benchmark_grading.py latihan01 --copies 10

demo: $(VENV)/.installed-all
	@$(BIN)/python tools/make_demo.py --kelas $(or $(KELAS),55)

bench: $(VENV)/.installed-all
	@$(BIN)/python tools/bench_grading_class.py --class-size $(or $(KELAS),24)

# ruang_kerja/ holds participants' own work: never removed here.
clean:
	@echo "Menghapus $(VENV)/, dist/ dan data kerja nbgrader (ruang_kerja/ tidak disentuh) …"
	@rm -rf $(VENV) dist demo gradebook.db submitted autograded feedback
