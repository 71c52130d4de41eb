# AI Energy Explorer: everyday commands. `make run` and `make test` work on a fresh Debian/Ubuntu machine.
PY := .venv/bin/python

.PHONY: run test lint format bench validate resources clean

run:                    ## set up and open the window
	tools/bootstrap.sh
	$(PY) main.py

test:                   ## set up and run lint + the whole test suite (offscreen)
	tools/bootstrap.sh --test
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint:
	$(PY) -m ruff check .

format:
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

bench:
	QT_QPA_PLATFORM=offscreen $(PY) main.py bench

validate:
	$(PY) main.py validate

resources:              ## refresh the checksum manifest after changing anything in resources/
	$(PY) -c "from core.catalog import write_manifest; print(write_manifest())"

clean:
	rm -rf build dist .pytest_cache .hypothesis
