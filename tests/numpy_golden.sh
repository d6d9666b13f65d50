#!/usr/bin/env bash
# Regenerates the expected output (.out) of every test script that has a
# NumPy twin (.py beside the .arr), by running the twin under NumPy.
# Usage: PYTHON=/path/to/python-with-numpy tests/numpy_golden.sh
# The tests themselves never need Python; this only refreshes the goldens.
set -euo pipefail
cd "$(dirname "$0")/scripts"
py=${PYTHON:-python3}
"$py" -c 'import numpy' || { echo "numpy is not importable by $py" >&2; exit 1; }
find . -name '*.py' -not -path './tensor/*' | sort | while read -r f; do
  (cd "$(dirname "$f")" && "$py" "$(basename "$f")") > "${f%.py}.out"
done
echo "regenerated $(find . -name '*.py' -not -path './tensor/*' | wc -l) golden files from NumPy $("$py" -c 'import numpy; print(numpy.__version__)')"
