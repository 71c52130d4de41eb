# AI Energy Explorer: everyday commands. `make run` and `make test` work on a fresh Debian/Ubuntu machine.
PY := .venv/bin/python

.PHONY: run test lint format bench validate resources i18n clean package package-check package-bench package-lint icons

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

i18n:                   ## lupdate gui/**/*.py -> resources/i18n/aiee_ja.ts (translations kept), lrelease -> aiee_ja.qm
	$(PY) tools/i18n.py
	$(PY) tools/i18n.py --check

clean:
	rm -rf build dist .pytest_cache .hypothesis

package:                ## build the frozen one-folder app into dist/ai-energy-explorer/, plus the .deb and .tar.gz (Linux)
	packaging/build.sh

package-check:          ## clean clone -> build -> frozen --self-test with no Python -> .deb install/remove (slow, needs root)
	packaging/check_frozen.sh

package-bench:          ## sizes of dist/ and frozen vs source start-up (after make package)
	$(PY) packaging/bench_package.py

package-lint:           ## yamllint + GitHub workflow schema + shellcheck for the packaging scripts and release workflow
	packaging/lint.sh

icons:                  ## re-render resources/icons/* from the SVG (then: make resources)
	$(PY) packaging/make_icons.py
