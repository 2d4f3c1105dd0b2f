# The two commands that matter: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck unit bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/cchc validate
	mkdir -p build
	$(BIN)/cchc report --period 2017H1 --format html -o build/bao-cao-2017H1.html
	$(BIN)/cchc report --period 2017H1 --format md -o build/bao-cao-2017H1.md
	$(BIN)/cchc report --period 2017H1 --format docx -o build/bao-cao-2017H1.docx
	@echo "Báo cáo / report: build/bao-cao-2017H1.html, build/bao-cao-2017H1.md, build/bao-cao-2017H1.docx"
	@echo "Lệnh cchc nằm ở $(BIN)/cchc. Để gõ 'cchc' trực tiếp / to type 'cchc' anywhere:"
	@echo "  source $(BIN)/activate      (cửa sổ này / this shell)"
	@echo "  pipx install .   hoặc / or   uv tool install .   (cài hẳn / for good)"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest --cov --cov-report=term --cov-fail-under=90

test: lint typecheck unit

# The peer (check-jsonschema) is installed for the benchmark only; it is not a project dependency.
bench: $(STAMP)
	$(BIN)/pip install --quiet check-jsonschema
	$(BIN)/python bench/run.py
	$(BIN)/python bench/worst.py --append bench/RESULTS.md

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache .coverage
