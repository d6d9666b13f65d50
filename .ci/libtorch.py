#!/usr/bin/env python3
"""Prepares a CPU libtorch 2.13.0 for arr's tensor backend (issue 4).

PyPI's torch wheel holds a libtorch (torch/include, torch/lib). Its
libtorch_cpu.so needs libcudart.so.13 and libcupti.so.13 (two small PyPI
wheels), and its libtorch.so pulls in the whole CUDA stack, so a tiny
libtorch.so that links only torch_cpu and c10 replaces it, which is what a
CPU libtorch ships. Downloads are pinned by version and sha256.

Usage: libtorch.py DEST   (prints DEST when done; does nothing if DEST is
ready). Wheels already in $ARR_WHEEL_DIR are used instead of downloading.
"""

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request
import zipfile

WHEELS = [
    ("torch", "2.13.0", "torch-2.13.0-cp311-cp311-manylinux_2_28_x86_64.whl",
     "60fcdcb2f3876e21146cb4524ef06397d727ca9ad5f020818547e25075fe3cb7"),
    ("nvidia-cuda-runtime", "13.0.96",
     "nvidia_cuda_runtime-13.0.96-py3-none-manylinux2014_x86_64.manylinux_2_17_x86_64.whl",
     "7f82250d7782aa23b6cfe765ecc7db554bd3c2870c43f3d1821f1d18aebf0548"),
    ("nvidia-cuda-cupti", "13.0.85",
     "nvidia_cuda_cupti-13.0.85-py3-none-manylinux_2_25_x86_64.whl",
     "4eb01c08e859bf924d222250d2e8f8b8ff6d3db4721288cf35d14252a4d933c8"),
]
TORCH_LIBS = ["libc10.so", "libtorch_cpu.so", "libgomp.so.1", "libshm.so"]


def log(msg):
    print(f"arr libtorch: {msg}", file=sys.stderr, flush=True)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fetch(name, version, filename, digest, tmp):
    cached = os.path.join(os.environ.get("ARR_WHEEL_DIR", ""), filename)
    if os.environ.get("ARR_WHEEL_DIR") and os.path.exists(cached) and sha256(cached) == digest:
        return cached
    meta = json.load(urllib.request.urlopen(f"https://pypi.org/pypi/{name}/{version}/json"))
    url = next(u["url"] for u in meta["urls"] if u["filename"] == filename)
    path = os.path.join(tmp, filename)
    log(f"downloading {filename}")
    with urllib.request.urlopen(url) as r, open(path, "wb") as f:
        shutil.copyfileobj(r, f, 1 << 20)
    got = sha256(path)
    if got != digest:
        sys.exit(f"arr libtorch: {filename}: sha256 {got}, expected {digest}")
    return path


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    dest = os.path.abspath(sys.argv[1])
    if os.path.exists(os.path.join(dest, "READY")):
        print(dest)
        return
    parent = os.path.dirname(dest)
    os.makedirs(parent, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=parent) as tmp:
        stage = os.path.join(tmp, "libtorch")
        lib = os.path.join(stage, "lib")
        os.makedirs(lib)
        paths = [fetch(*w, tmp) for w in WHEELS]
        log("extracting include/ and lib/")
        with zipfile.ZipFile(paths[0]) as z:
            for info in z.infolist():
                n = info.filename
                if n.startswith("torch/include/") and not n.endswith("/"):
                    z.extract(info, tmp)
                elif n.startswith("torch/lib/") and os.path.basename(n) in TORCH_LIBS:
                    z.extract(info, tmp)
        shutil.move(os.path.join(tmp, "torch", "include"), os.path.join(stage, "include"))
        for so in TORCH_LIBS:
            shutil.move(os.path.join(tmp, "torch", "lib", so), os.path.join(lib, so))
        for path, so in [(paths[1], "libcudart.so.13"), (paths[2], "libcupti.so.13")]:
            with zipfile.ZipFile(path) as z:
                member = next(n for n in z.namelist() if n.endswith("/lib/" + so))
                with z.open(member) as src, open(os.path.join(lib, so), "wb") as out:
                    shutil.copyfileobj(src, out)
        # The CPU-only libtorch.so: links torch_cpu and c10, finds them beside itself.
        stub = os.path.join(tmp, "stub.c")
        with open(stub, "w") as f:
            f.write("void arr_libtorch_cpu_stub(void) {}\n")
        subprocess.run(["gcc", "-shared", "-fPIC", "-o", os.path.join(lib, "libtorch.so"), stub,
                        "-Wl,--no-as-needed", f"-L{lib}", "-ltorch_cpu", "-lc10",
                        "-Wl,-rpath,$ORIGIN"], check=True)
        with open(os.path.join(stage, "build-version"), "w") as f:
            f.write("2.13.0\n")
        with open(os.path.join(stage, "READY"), "w") as f:
            f.write("torch 2.13.0 CPU\n")
        if os.path.exists(dest):
            shutil.rmtree(dest)
        shutil.move(stage, dest)
    log(f"ready in {dest}")
    print(dest)


if __name__ == "__main__":
    main()
