#!/usr/bin/env bash
# Regenerates the expected output (.out) of every tensor test script that
# has a PyTorch twin (tests/scripts/tensor/*.py), by running the twin.
# Usage: PYTHON=/path/to/python-with-torch tests/torch_golden.sh
# The tests themselves never need Python; this only refreshes the goldens.
set -euo pipefail
cd "$(dirname "$0")/scripts/tensor"
py=${PYTHON:-python3}
"$py" -c 'import torch' || { echo "torch is not importable by $py" >&2; exit 1; }
for f in *.py; do
  "$py" "$f" > "${f%.py}.out"
done
echo "regenerated $(ls *.py | wc -l) golden files from PyTorch $("$py" -c 'import torch; print(torch.__version__)')"
