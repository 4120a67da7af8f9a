# Frontline Claims Workbook.  `make help` lists the targets.
# Raw input (seeds/) is read-only; everything under reports/ is derived and rebuilt by `make report`.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= seeds
REPORTS := reports
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]_*.ipynb))
EVAL ?= ../shared/eval

.DEFAULT_GOAL := help
.PHONY: help setup report tables charts charts-sizes notebooks html index test unit nbval lab bench eval refresh-notebooks clean

## List every target with its one-line description.
help:
	@awk '/^## /{doc=substr($$0,4); next} /^[a-zA-Z_-]+:/{if(doc){split($$1,t,":"); printf "  make %-18s %s\n", t[1], doc}; doc=""}' $(MAKEFILE_LIST)

$(BIN)/.installed: requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

## Create .venv and install the pinned requirements and the helpers package.
setup: $(BIN)/.installed

## Main job: set up, export every table, draw every chart and run every notebook on CORPUS (default seeds/) into reports/; open reports/index.html.
report: tables charts notebooks html index

## Write every table of CORPUS as CSV and Parquet into reports/tables/.
tables: setup
	$(BIN)/python -m helpers export $(CORPUS) --out $(REPORTS)/tables --csv

## Write every chart the notebooks draw as a PNG into reports/charts/, from the export in reports/tables/.
charts: tables
	$(BIN)/python -m helpers charts $(REPORTS)/tables --out $(REPORTS)/charts

## Write every chart at three sizes (the seed, EVAL/news, 10,000 generated articles) into reports/charts/{seed,news,10k}/.
charts-sizes: setup
	$(BIN)/python benchmarks/chart_sizes.py --out $(REPORTS)/charts --news $(EVAL)/news

## Execute every notebook with papermill on CORPUS into reports/notebooks/ (reading reports/tables when it was exported from CORPUS and is fresh).
notebooks: setup
	mkdir -p $(REPORTS)/notebooks
	for nb in $(NOTEBOOKS); do \
	  $(BIN)/papermill --log-level WARNING --no-progress-bar --cwd notebooks $$nb $(REPORTS)/notebooks/$$(basename $$nb) \
	    -p corpus_dir $(abspath $(CORPUS)) -p export_dir $(abspath $(REPORTS)/tables) || exit 1; \
	done

## Convert the executed notebooks in reports/notebooks/ to HTML in reports/html/ (no script from the internet: they open offline).
html: notebooks
	$(BIN)/jupyter nbconvert --log-level ERROR --to html --TemplateExporter.extra_template_basedirs=notebooks/templates \
	  --template offline --output-dir $(REPORTS)/html $(REPORTS)/notebooks/*.ipynb

## Write reports/index.html: the corpus in numbers, with links to every notebook's HTML and every table.
index: tables html
	$(BIN)/python -m helpers index --tables $(REPORTS)/tables --html $(REPORTS)/html --out $(REPORTS)/index.html

## Run every test (set-up included): unit tests, then nbval over the stored notebooks.
test: unit nbval

## Unit and property tests under tests/.
unit: setup
	$(BIN)/python -m pytest -q tests

## Re-run every notebook and compare with its stored outputs (nbval).
nbval: setup
	$(BIN)/python -m pytest -q -p no:cacheprovider --nbval --nbval-current-env notebooks

## Open JupyterLab on the notebooks (with --allow-root when run as root, as in many containers).
lab: setup
	$(BIN)/python -m helpers.lab notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

## Run the speed and memory benchmarks (figures go in the README).
bench: setup
	$(BIN)/python benchmarks/bench_export.py
	$(BIN)/python benchmarks/bench_claims.py
	$(BIN)/python benchmarks/bench_dates_places.py
	$(BIN)/python benchmarks/bench_places.py
	$(BIN)/python benchmarks/bench_sources.py
	$(BIN)/python benchmarks/bench_links.py --sizes 10000
	$(BIN)/python benchmarks/bench_cross_check.py --sizes 10000
	$(BIN)/python benchmarks/bench_hostile.py

## Score attribution against PolNeAR dev (with the annotators' own agreement on dev and train) and places against the independent gazetteer (needs EVAL=path to the eval folder).
eval: setup
	$(BIN)/python benchmarks/eval_attribution.py $(EVAL)/polnear/dev --agreement
	$(BIN)/python benchmarks/eval_attribution.py $(EVAL)/polnear/train --agreement
	$(BIN)/python benchmarks/eval_places.py $(EVAL)

## Re-execute the stored notebooks in place on seeds/ after a deliberate change of output.
refresh-notebooks: setup
	for nb in $(NOTEBOOKS); do \
	  $(BIN)/jupyter nbconvert --log-level WARN --to notebook --execute --inplace \
	    --ExecutePreprocessor.record_timing=False --ExecutePreprocessor.store_widget_state=False $$nb || exit 1; \
	done

## Delete everything derived (reports/); seeds/ is never touched.
clean:
	rm -rf $(REPORTS)
