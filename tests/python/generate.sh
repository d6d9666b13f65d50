#!/usr/bin/env bash
# Regenerate NAME.out from NAME.py by running real CPython.
#   tests/python/generate.sh            # every twin
#   tests/python/generate.sh np_basics  # only the named stems
# Interpreters (override with the environment):
#   PYTHON        numpy programs and plain Python   (default /tmp/venv/bin/python, NumPy 2.4)
#   TORCH_PYTHON  programs that `import torch`      (default /tmp/venv-torch/bin/python, torch 2.13.0 CPU + NumPy 2.4)
# A program is run with TORCH_PYTHON when one of its lines starts with
# `import torch` or `from torch` (today: torch_*.py and script_torch_*.py).
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-/tmp/venv/bin/python}
TORCH_PYTHON=${TORCH_PYTHON:-/tmp/venv-torch/bin/python}
export PYTHONHASHSEED=0 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 LC_ALL=C.UTF-8 PYTHONIOENCODING=utf-8

if [ $# -gt 0 ]; then
    stems=("$@")
else
    stems=()
    for f in *.py; do
        [ "$f" = check_twins.py ] && continue
        stems+=("${f%.py}")
    done
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
for stem in "${stems[@]}"; do
    py="$stem.py"
    if grep -qE '^(import torch|from torch)' "$py"; then
        interp=$TORCH_PYTHON
    else
        interp=$PYTHON
    fi
    if "$interp" "$py" > "$tmp/out" 2> "$tmp/err"; then
        cmp -s "$tmp/out" "$stem.out" 2>/dev/null || cp "$tmp/out" "$stem.out"
    else
        echo "FAILED: $py (with $interp)" >&2
        sed 's/^/    /' "$tmp/err" >&2
        fail=1
    fi
done
echo "generated ${#stems[@]} outputs" >&2
exit $fail
