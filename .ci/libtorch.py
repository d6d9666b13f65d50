#!/usr/bin/env python3
"""Finds or prepares the libtorch that arr's tensor backend is built against.

Usage (normally through .ci/setup-torch):
  libtorch.py env [--cuda] [--download]
      Decide which libtorch to build against, preparing arr's own if needed,
      and print the build environment as NAME=VALUE lines (-NAME: unset).
  libtorch.py prepare [--cuda] DEST
      Prepare arr's libtorch 2.13.0 in DEST (CPU, or CUDA with --cuda) and
      print the folder to point LIBTORCH at.
  libtorch.py check [--cuda]
      Download the pinned wheels with pip into a new, empty folder (no cache,
      no ARR_WHEEL_DIR), check their sha256, prepare and check the libtorch,
      then keep it as the cache if there is none yet, else remove it.

Which libtorch `env` picks, first match wins:
  1. LIBTORCH, a libtorch folder (include/, lib/) or a PyTorch package folder.
  2. LIBTORCH_USE_PYTORCH=1 (tch's convention): the `torch` package of this
     Python.
  3. Unless --download: the `torch` package of this Python, when it is a
     version the backend builds against (and a CUDA build, with --cuda).
  4. arr's own libtorch 2.13.0 in $ARR_CACHE (default ~/.cache/arr), made
     once from PyPI wheels fetched with pip and pinned by sha256: the torch
     wheel's headers and CPU libraries plus two CUDA runtime wheels
     (libtorch-2.13.0-cpu), or with --cuda the whole torch/lib and the
     nvidia-* wheels torch 2.13.0 requires, laid out as in site-packages
     (libtorch-2.13.0-cu130).
Wheels already in $ARR_WHEEL_DIR (with the pinned sha256) are used instead
of downloading them.

pip runs with the user's own configuration (index URL, proxy, find-links,
certificates), so this works wherever `pip download torch==2.13.0` works.
Chain of trust: every wheel is pinned here by file name and sha256 and pip
refuses any other bytes (--require-hashes). The CUDA pins are what torch 2.13.0's own
metadata requires, through cuda-toolkit 13.0.3 and its extras, as pip
resolved it on 2026-12-01 (all exact versions but nvidia-nvjitlink, a range
>=13.0.88,<14 pinned at 13.5.37); the sha256s agree with PyPI's simple index.
`prepare --cuda` checks the torch wheel's own requirements against them.
"""

import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
BUILD_LINK = os.path.join(REPO, "torch", "build_link.rs")
COMPAT_HEADER = os.path.join(REPO, "torch", "libtorch_compat.h")
PROG = "arr setup-torch"


class Fail(Exception):
    """A failure the user can act on: its text is the whole message."""


def log(msg):
    print(f"{PROG}: {msg}", file=sys.stderr, flush=True)


class Wheel:
    def __init__(self, name, version, filename, sha256, mb):
        self.name, self.version, self.filename, self.sha256, self.mb = (
            name, version, filename, sha256, mb)

    def requirement(self):
        return f"{self.name}=={self.version} --hash=sha256:{self.sha256}"


TORCH = Wheel("torch", "2.13.0", "torch-2.13.0-cp311-cp311-manylinux_2_28_x86_64.whl",
              "60fcdcb2f3876e21146cb4524ef06397d727ca9ad5f020818547e25075fe3cb7", 527)
CUDART = Wheel("nvidia-cuda-runtime", "13.0.96",
               "nvidia_cuda_runtime-13.0.96-py3-none-manylinux2014_x86_64.manylinux_2_17_x86_64.whl",
               "7f82250d7782aa23b6cfe765ecc7db554bd3c2870c43f3d1821f1d18aebf0548", 2)
CUPTI = Wheel("nvidia-cuda-cupti", "13.0.85",
              "nvidia_cuda_cupti-13.0.85-py3-none-manylinux_2_25_x86_64.whl",
              "4eb01c08e859bf924d222250d2e8f8b8ff6d3db4721288cf35d14252a4d933c8", 11)
# What torch 2.13.0 requires on Linux besides pure-Python packages (triton
# and cuda-bindings are for Python code, not libtorch): cuda-toolkit 13.0.3
# with extras cublas, cudart, cufft, cufile, cupti, curand, cusolver,
# cusparse, nvjitlink, nvrtc, nvtx; nvidia-cudnn-cu13, nvidia-cusparselt-cu13,
# nvidia-nccl-cu13, nvidia-nvshmem-cu13.
CUDA_LIBS = [CUDART, CUPTI] + [Wheel(*w) for w in [
    ("nvidia-cublas", "13.1.1.3", "nvidia_cublas-13.1.1.3-py3-none-manylinux_2_27_x86_64.whl",
     "37936a16db8fe4ac1f065c2139360608a543a09275cb1a1af612e08cfa065436", 423),
    ("nvidia-cuda-nvrtc", "13.0.88",
     "nvidia_cuda_nvrtc-13.0.88-py3-none-manylinux2010_x86_64.manylinux_2_12_x86_64.whl",
     "ad9b6d2ead2435f11cbb6868809d2adeeee302e9bb94bcf0539c7a40d80e8575", 90),
    ("nvidia-cufft", "12.0.0.61",
     "nvidia_cufft-12.0.0.61-py3-none-manylinux2014_x86_64.manylinux_2_17_x86_64.whl",
     "6c44f692dce8fd5ffd3e3df134b6cdb9c2f72d99cf40b62c32dde45eea9ddad3", 214),
    ("nvidia-cufile", "1.15.1.6",
     "nvidia_cufile-1.15.1.6-py3-none-manylinux2014_x86_64.manylinux_2_17_x86_64.whl",
     "08a3ecefae5a01c7f5117351c64f17c7c62efa5fffdbe24fc7d298da19cd0b44", 1),
    ("nvidia-curand", "10.4.0.35", "nvidia_curand-10.4.0.35-py3-none-manylinux_2_27_x86_64.whl",
     "1aee33a5da6e1db083fe2b90082def8915f30f3248d5896bcec36a579d941bfc", 60),
    ("nvidia-cusolver", "12.0.4.66", "nvidia_cusolver-12.0.4.66-py3-none-manylinux_2_27_x86_64.whl",
     "0a759da5dea5c0ea10fd307de75cdeb59e7ea4fcb8add0924859b944babf1112", 201),
    ("nvidia-cusparse", "12.6.3.3",
     "nvidia_cusparse-12.6.3.3-py3-none-manylinux2014_x86_64.manylinux_2_17_x86_64.whl",
     "2b3c89c88d01ee0e477cb7f82ef60a11a4bcd57b6b87c33f789350b59759360b", 146),
    ("nvidia-nvjitlink", "13.5.37",
     "nvidia_nvjitlink-13.5.37-py3-none-manylinux2010_x86_64.manylinux_2_12_x86_64.whl",
     "280d7cb9649704145f074b8dbde500de04ce02d0872e066e20a83c17bcaa93eb", 47),
    ("nvidia-nvtx", "13.0.85", "nvidia_nvtx-13.0.85-py3-none-manylinux1_x86_64.manylinux_2_5_x86_64.whl",
     "4936d1d6780fbe68db454f5e72a42ff64d1fd6397df9f363ae786930fd5c1cd4", 1),
    ("nvidia-cudnn-cu13", "9.20.0.48", "nvidia_cudnn_cu13-9.20.0.48-py3-none-manylinux_2_27_x86_64.whl",
     "0c45dd8eeb50b603f07995b1b300c62ffe6a1980482b82b3bcf94a4ca9d49304", 366),
    ("nvidia-cusparselt-cu13", "0.8.1", "nvidia_cusparselt_cu13-0.8.1-py3-none-manylinux2014_x86_64.whl",
     "786ce87568c303fadb5afcc7102d454cd3040d75f6f8626f5db460d1871f4dd0", 170),
    ("nvidia-nccl-cu13", "2.29.7", "nvidia_nccl_cu13-2.29.7-py3-none-manylinux_2_18_x86_64.whl",
     "edd81538446786ec3b73972543e53bb43bcaf0bfc8ef76cb679fcc390ffe136d", 206),
    ("nvidia-nvshmem-cu13", "3.4.5",
     "nvidia_nvshmem_cu13-3.4.5-py3-none-manylinux2014_x86_64.manylinux_2_17_x86_64.whl",
     "290f0a2ee94c9f3687a02502f3b9299a9f9fe826e6d0287ee18482e78d495b80", 60),
]]
# torch's requirements that the CUDA layout leaves out, on purpose.
NOT_LIBTORCH = {"cuda-bindings", "triton"}
CPU_LIBS = ["libc10.so", "libtorch_cpu.so", "libgomp.so.1", "libshm.so"]
# torch/lib files the CUDA layout leaves out: Python's binding and its
# helpers for loading the CUDA wheels from Python.
CUDA_SKIP_LIBS = {"libtorch_python.so", "libtorch_global_deps.so"}

# pip fetches exactly these files whatever Python runs it: the tags of the
# pinned wheels, for CPython 3.11 on x86_64 Linux.
PIP_TARGET = (["--only-binary=:all:", "--python-version", "3.11", "--implementation", "cp",
               "--abi", "cp311"]
              + [a for v in range(28, 4, -1) for a in ("--platform", f"manylinux_2_{v}_x86_64")]
              + [a for p in ("manylinux2014", "manylinux2010", "manylinux1")
                 for a in ("--platform", f"{p}_x86_64")])


def build_link_consts():
    """PINNED_VERSION and SUPPORTED_MINORS, read from torch/build_link.rs so
    that the set-up and the backend's build script agree."""
    try:
        with open(BUILD_LINK) as f:
            text = f.read()
        pinned = re.search(r'const PINNED_VERSION: &str = "([0-9.]+)";', text).group(1)
        minors = re.search(r"const SUPPORTED_MINORS: &\[u32\] = &\[([0-9, ]+)\];", text).group(1)
        return pinned, [int(m) for m in minors.split(",") if m.strip()]
    except (OSError, AttributeError, ValueError) as e:
        raise Fail(f"cannot read the supported libtorch versions from {BUILD_LINK}: {e}")


PINNED, SUPPORTED_MINORS = TORCH.version, []  # set by main() from torch/build_link.rs


def supported_text():
    return ", ".join(f"2.{m}" for m in SUPPORTED_MINORS)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# ---------------------------------------------------------------- download

def pip_index_note(output):
    """Where pip looked, as its own output says (default: PyPI)."""
    where = []
    for line in output.splitlines():
        for prefix in ("Looking in indexes:", "Looking in links:"):
            if line.startswith(prefix):
                where.append(line.strip())
    if not any(w.startswith("Looking in indexes:") for w in where):
        where.insert(0, "index https://pypi.org/simple (pip's default)")
    return "; ".join(where)


def pip_failure(wheels, output, code):
    lines = [l.rstrip() for l in output.splitlines() if l.strip()]
    errors = [l for l in lines if l.startswith("ERROR:")]
    # The last network complaint says why (refused, timed out, proxy, TLS).
    network = [l for l in lines if l.startswith("WARNING: Retrying") or "Error" in l
               and not l.startswith("ERROR:")]
    shown = (network[-1:] + errors[-4:]) or lines[-6:]
    mismatch = any("DO NOT MATCH THE HASHES" in l for l in lines)
    if mismatch:
        # pip's header, then per file: its URL, the pinned and the actual hash.
        shown = ["ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE."] + [
            l.strip() for l in lines
            if " from http" in l or l.strip().startswith(("Expected sha256", "Got "))][:9]
    shown = [re.sub(r"<pip\._vendor\.[^>]*>: ", "", l) for l in shown]
    shown = [l if len(l) <= 400 else l[:400] + " ..." for l in shown]
    text = " ".join(errors).lower()
    named = [w for w in wheels if w.name in text or w.name.replace("-", "_") in text] or wheels
    files = "\n".join(f"    {w.filename}\n      sha256 {w.sha256}" for w in named)
    first = named[0]
    return Fail(
        f"could not download {first.filename if len(named) == 1 else f'{len(named)} pinned wheels'} "
        f"with pip (exit status {code}; {pip_index_note(output)}). pip said:\n"
        + "\n".join(f"    {l}" for l in shown)
        + ("\nThe index served other bytes than the pinned ones: a stale or altered "
           "mirror, or a proxy that rewrites downloads; arr will not use them."
           if mismatch else "")
        + "\nWhat to do, any one of:\n"
        f"  - make `python3 -m pip download --no-deps {first.name}=={first.version}` work here "
        "(pip's configuration: PIP_INDEX_URL or index-url, PIP_PROXY or HTTPS_PROXY, "
        "PIP_FIND_LINKS; `python3 -m pip config list` shows it), then run .ci/setup-torch again;\n"
        "  - put the wheel(s) below in a folder and set ARR_WHEEL_DIR to it:\n"
        f"{files}\n"
        f"  - set LIBTORCH to a libtorch you already have ({PINNED}, or another of "
        f"{supported_text()}), or set LIBTORCH_USE_PYTORCH=1 to use the PyTorch installed for "
        "python3.")


def pip_download(wheels, dest):
    if importlib.util.find_spec("pip") is None:
        raise Fail(f"pip is not installed for {sys.executable}; install it (Debian: "
                   "`sudo apt-get install python3-pip`; .ci/setup-torch does this) or set "
                   "ARR_WHEEL_DIR or LIBTORCH (see README.md)")
    req = os.path.join(dest, "arr-requirements.txt")
    with open(req, "w") as f:
        f.write("".join(w.requirement() + "\n" for w in wheels))
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--require-hashes",
           "--no-cache-dir", "--progress-bar", "off", "--disable-pip-version-check",
           "--retries", os.environ.get("ARR_PIP_RETRIES", "1"),
           "--timeout", os.environ.get("ARR_PIP_TIMEOUT", "15"),
           *PIP_TARGET, "-d", dest, "-r", req]
    mb = sum(w.mb for w in wheels)
    size = f", about {mb} MB" if all(w.mb for w in wheels) else ""
    log(f"downloading {len(wheels)} pinned wheel{'s' if len(wheels) > 1 else ''} with pip{size}: "
        + ", ".join(f"{w.name} {w.version}" for w in wheels))
    start = time.time()
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                           errors="replace")
    except OSError as e:
        raise Fail(f"could not run pip ({sys.executable} -m pip): {e}")
    if p.returncode != 0:
        raise pip_failure(wheels, p.stdout, p.returncode)
    missing = [w for w in wheels if not os.path.exists(os.path.join(dest, w.filename))]
    if missing:
        raise pip_failure(missing, p.stdout + "\nERROR: pip finished but did not save "
                          + ", ".join(w.filename for w in missing), p.returncode)
    got = sum(os.path.getsize(os.path.join(dest, w.filename)) for w in wheels)
    log(f"downloaded {got / 1e6:.0f} MB in {time.time() - start:.0f} s ({pip_index_note(p.stdout)})")
    return {w.filename: os.path.join(dest, w.filename) for w in wheels}


def fetch(wheels, dest, use_wheel_dir=True):
    """Paths of the pinned wheels: from ARR_WHEEL_DIR when there, else pip."""
    paths = {}
    wheel_dir = os.environ.get("ARR_WHEEL_DIR", "") if use_wheel_dir else ""
    for w in wheels:
        cached = os.path.join(wheel_dir, w.filename)
        if wheel_dir and os.path.exists(cached):
            if sha256(cached) == w.sha256:
                paths[w.filename] = cached
            else:
                log(f"ignoring {cached}: its sha256 is not the pinned {w.sha256}")
    if paths:
        log(f"using {len(paths)} wheel(s) from ARR_WHEEL_DIR={wheel_dir}")
    missing = [w for w in wheels if w.filename not in paths]
    if missing:
        paths.update(pip_download(missing, dest))
    return paths


# ----------------------------------------------------------------- prepare

def extract_torch(path, stage, want_lib):
    """torch/include and the torch/lib files `want_lib` accepts, under stage."""
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            n = info.filename
            if n.endswith("/"):
                continue
            if n.startswith("torch/include/"):
                z.extract(info, stage)
            elif n.startswith("torch/lib/") and n.count("/") == 2 and want_lib(n[len("torch/lib/"):]):
                z.extract(info, stage)


def torch_requirements(path):
    """Requires-Dist names and pins of the torch wheel for Linux."""
    with zipfile.ZipFile(path) as z:
        meta = z.read(f"torch-{TORCH.version}.dist-info/METADATA").decode()
    reqs = {}
    for line in meta.splitlines():
        if line.startswith("Requires-Dist:") and 'platform_system == "Linux"' in line:
            spec = line.split(":", 1)[1].split(";")[0].strip()
            m = re.match(r"([A-Za-z0-9_.-]+)(\[[^\]]*\])?\s*(.*)", spec)
            if m:
                reqs[m.group(1).lower()] = m.group(3)
    return reqs


def check_cuda_pins(torch_wheel):
    """The torch wheel's own CUDA requirements must be the ones pinned here."""
    reqs = torch_requirements(torch_wheel)
    pinned = {w.name: w.version for w in CUDA_LIBS}
    for name, spec in reqs.items():
        if name in NOT_LIBTORCH or name == "cuda-toolkit":
            continue
        if name not in pinned or spec != f"=={pinned[name]}":
            raise Fail(f"torch {TORCH.version} requires {name}{spec}, but .ci/libtorch.py pins "
                       f"{name}=={pinned.get(name, '(nothing)')}; update CUDA_LIBS")
    if reqs.get("cuda-toolkit") != "==13.0.3":
        raise Fail(f"torch {TORCH.version} requires cuda-toolkit{reqs.get('cuda-toolkit')}, but the "
                   "CUDA pins in .ci/libtorch.py come from cuda-toolkit 13.0.3; update CUDA_LIBS")


def prepare_cpu(paths, stage):
    """A CPU libtorch: headers, the CPU libraries, CUDA's runtime and CUPTI
    (which libtorch_cpu.so needs even without a GPU), and a libtorch.so that
    links only torch_cpu and c10, as a CPU libtorch has."""
    lib = os.path.join(stage, "lib")
    tmp = os.path.join(stage, "unpack")
    extract_torch(paths[TORCH.filename], tmp, lambda so: so in CPU_LIBS)
    shutil.move(os.path.join(tmp, "torch", "include"), os.path.join(stage, "include"))
    os.makedirs(lib)
    for so in CPU_LIBS:
        shutil.move(os.path.join(tmp, "torch", "lib", so), os.path.join(lib, so))
    shutil.rmtree(tmp)
    for w, so in [(CUDART, "libcudart.so.13"), (CUPTI, "libcupti.so.13")]:
        with zipfile.ZipFile(paths[w.filename]) as z:
            member = next(n for n in z.namelist() if n.endswith("/lib/" + so))
            with z.open(member) as src, open(os.path.join(lib, so), "wb") as out:
                shutil.copyfileobj(src, out)
    stub = os.path.join(stage, "stub.c")
    with open(stub, "w") as f:
        f.write("void arr_libtorch_cpu_stub(void) {}\n")
    cmd = ["gcc", "-shared", "-fPIC", "-o", os.path.join(lib, "libtorch.so"), stub,
           "-Wl,--no-as-needed", f"-L{lib}", "-ltorch_cpu", "-lc10", "-Wl,-rpath,$ORIGIN"]
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    except OSError as e:
        raise Fail(f"could not run gcc ({e}); .ci/setup installs it")
    if p.returncode != 0:
        raise Fail("gcc could not link the CPU libtorch.so:\n" + p.stdout)
    os.remove(stub)
    with open(os.path.join(stage, "build-version"), "w") as f:
        f.write(TORCH.version + "\n")
    return stage


def prepare_cuda(paths, stage):
    """The torch wheel's include/ and lib/ as torch/, and the nvidia-* wheels'
    libraries as nvidia/, as pip installs them: the libraries' own RPATHs
    ($ORIGIN/../../nvidia/...) then find each other. LIBTORCH is stage/torch."""
    check_cuda_pins(paths[TORCH.filename])
    extract_torch(paths[TORCH.filename], stage, lambda so: so not in CUDA_SKIP_LIBS)
    for w in CUDA_LIBS:
        with zipfile.ZipFile(paths[w.filename]) as z:
            for info in z.infolist():
                parts = info.filename.split("/")
                if len(parts) >= 4 and parts[0] == "nvidia" and parts[2] == "lib" \
                        and not info.filename.endswith("/"):
                    z.extract(info, stage)
    with open(os.path.join(stage, "torch", "build-version"), "w") as f:
        f.write(TORCH.version + "\n")
    return os.path.join(stage, "torch")


def cache_root():
    root = os.environ.get("ARR_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "arr")
    return os.path.abspath(root)


def cache_name(cuda):
    return f"libtorch-{TORCH.version}-{'cu130' if cuda else 'cpu'}"


def libtorch_in(dest, cuda):
    return os.path.join(dest, "torch") if cuda else dest


def wheels_for(cuda):
    return [TORCH] + (CUDA_LIBS if cuda else [CUDART, CUPTI])


def build(dest, cuda, use_wheel_dir=True, keep_parent=None):
    """Fetch and prepare into a staging folder beside dest, then move it into
    place: an interrupted run leaves no half-made libtorch behind."""
    parent = keep_parent or os.path.dirname(dest)
    os.makedirs(parent, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".arr-libtorch-", dir=parent) as tmp:
        paths = fetch(wheels_for(cuda), tmp, use_wheel_dir)
        stage = os.path.join(tmp, "libtorch")
        os.makedirs(stage)
        log(f"preparing libtorch {TORCH.version} ({'CUDA 13.0' if cuda else 'CPU'})")
        (prepare_cuda if cuda else prepare_cpu)(paths, stage)
        verify(libtorch_in(stage, cuda), cuda)
        with open(os.path.join(stage, "READY"), "w") as f:
            f.write(f"torch {TORCH.version} {'CUDA 13.0' if cuda else 'CPU'}\n")
        if os.path.exists(dest):
            shutil.rmtree(dest)
        shutil.move(stage, dest)
    return libtorch_in(dest, cuda)


def verify(libtorch, cuda):
    """The prepared libtorch is whole: headers there, every library it links
    found (libcuda.so.1 is the GPU driver's, never in a wheel)."""
    for f in ["include/torch/csrc/api/include/torch/torch.h", "lib/libtorch_cpu.so", "lib/libc10.so",
              "lib/libtorch.so"] + (["lib/libtorch_cuda.so"] if cuda else []):
        if not os.path.exists(os.path.join(libtorch, f)):
            raise Fail(f"the prepared libtorch lacks {f}")
    libs = ["libtorch.so"] + (["libtorch_cuda.so", "libtorch_cuda_linalg.so"] if cuda else [])
    for so in libs:
        try:
            p = subprocess.run(["ldd", os.path.join(libtorch, "lib", so)], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
        except OSError:
            return  # no ldd: nothing more to check
        missing = [l.split()[0] for l in p.stdout.splitlines()
                   if "not found" in l and not l.strip().startswith("libcuda.so")]
        if missing:
            raise Fail(f"the prepared libtorch's {so} needs {', '.join(missing)}, which no pinned "
                       "wheel provides")


# ------------------------------------------------------- choosing a libtorch

def version_of(dir):
    """The libtorch version in dir: headers first (what the backend compiles
    against), then build-version (libtorch archives), then version.py
    (a PyTorch package); same order as torch/build_link.rs."""
    for h in ["include/torch/headeronly/version.h", "include/torch/csrc/api/include/torch/version.h"]:
        try:
            with open(os.path.join(dir, h)) as f:
                text = f.read()
        except OSError:
            continue
        nums = [re.search(rf"#define\s+TORCH_VERSION_{k}\s+(\d+)", text)
                for k in ("MAJOR", "MINOR", "PATCH")]
        if all(nums):
            return ".".join(m.group(1) for m in nums)
    try:
        with open(os.path.join(dir, "build-version")) as f:
            v = f.read().strip()
            if v:
                return v
    except OSError:
        pass
    try:
        with open(os.path.join(dir, "version.py")) as f:
            m = re.search(r"""^__version__\s*=\s*['"]([^'"]+)['"]""", f.read(), re.M)
            if m:
                return m.group(1)
    except OSError:
        pass
    return None


def minor_of(version):
    m = re.match(r"(\d+)\.(\d+)", version or "")
    if m and int(m.group(1)) == 2 and int(m.group(2)) in SUPPORTED_MINORS:
        return int(m.group(2))
    return None


def python_torch():
    """The folder of this Python's `torch` package, found without importing
    it (no CUDA start-up, no `torch` folder of the working directory)."""
    saved = sys.path[:]
    sys.path = [p for p in sys.path if p not in ("", ".") and os.path.abspath(p) != HERE]
    try:
        spec = importlib.util.find_spec("torch")
    except (ImportError, ValueError):
        spec = None
    finally:
        sys.path = saved
    if spec is None or not spec.origin or not spec.submodule_search_locations:
        return None
    return list(spec.submodule_search_locations)[0]


def build_env(libtorch, version, origin):
    """NAME=VALUE lines for building the backend against libtorch."""
    minor = minor_of(version)
    if minor is None:
        raise Fail(f"{origin} is libtorch {version}, but arr's backend needs libtorch {PINNED} "
                   f"(tch 0.26) or one of {supported_text()}; unset it to let .ci/setup-torch "
                   f"prepare libtorch {PINNED}, or use a supported version")
    env = [f"LIBTORCH={libtorch}", "-LIBTORCH_USE_PYTORCH"]
    if version.split("+")[0] != PINNED:
        if re.search(r"\s", COMPAT_HEADER):
            raise Fail(f"libtorch {version} needs arr's compatibility header in CXXFLAGS, which "
                       f"cannot carry the space in its path {COMPAT_HEADER}; clone arr into a "
                       f"folder without spaces, or use libtorch {PINNED}")
        flags = os.environ.get("CXXFLAGS", "").strip()
        flags = (flags + " " if flags else "") + f"-include {COMPAT_HEADER}"
        if minor >= 14:
            flags += " -std=c++20"
        env += ["LIBTORCH_BYPASS_VERSION_CHECK=1", f"CXXFLAGS={flags}"]
        what = (f"the few tch operators libtorch {version} lacks (arr uses none) raise an error "
                "if called" if minor < 13 else
                "C++20, and cholesky/qr (removed after 2.13) forward to linalg_cholesky/linalg_qr")
        log(f"libtorch {version} is not the {PINNED} that tch 0.26 is made for: building with "
            f"arr's compatibility header (torch/libtorch_compat.h): {what}")
    return env


def choose(cuda, download):
    """The libtorch to build against, as build_env lines."""
    if os.environ.get("LIBTORCH"):
        dir = os.path.abspath(os.environ["LIBTORCH"])
        if os.environ.get("LIBTORCH_USE_PYTORCH"):
            log("LIBTORCH and LIBTORCH_USE_PYTORCH are both set; using LIBTORCH")
        if not os.path.isdir(os.path.join(dir, "lib")) or not os.path.isdir(os.path.join(dir, "include")):
            raise Fail(f"LIBTORCH={dir} is not a libtorch: it needs include/ and lib/ (a libtorch "
                       "archive, or a PyTorch package folder site-packages/torch)")
        version = version_of(dir)
        if version is None:
            raise Fail(f"cannot tell which libtorch LIBTORCH={dir} is (no "
                       "include/torch/csrc/api/include/torch/version.h, build-version or version.py)")
        if cuda and not os.path.exists(os.path.join(dir, "lib", "libtorch_cuda.so")):
            raise Fail(f"--cuda asks for a CUDA libtorch, but LIBTORCH={dir} has no "
                       "lib/libtorch_cuda.so (a CPU build); unset LIBTORCH to let .ci/setup-torch "
                       f"prepare a CUDA libtorch {PINNED}")
        log(f"using LIBTORCH={dir} (libtorch {version}"
            f"{', CUDA' if os.path.exists(os.path.join(dir, 'lib', 'libtorch_cuda.so')) else ''})")
        return build_env(dir, version, f"LIBTORCH={dir}")

    explicit = bool(os.environ.get("LIBTORCH_USE_PYTORCH"))
    if explicit or not download:
        dir = python_torch()
        version = version_of(dir) if dir else None
        has_cuda = bool(dir) and os.path.exists(os.path.join(dir, "lib", "libtorch_cuda.so"))
        has_headers = bool(dir) and os.path.exists(
            os.path.join(dir, "include", "torch", "csrc", "api", "include", "torch", "torch.h"))
        what = f"the PyTorch {version} of {sys.executable} ({dir})"
        if explicit:
            if dir is None:
                raise Fail(f"LIBTORCH_USE_PYTORCH is set, but {sys.executable} has no torch package")
            if not has_headers:
                raise Fail(f"LIBTORCH_USE_PYTORCH is set, but {what} has no C++ headers (include/)")
            if cuda and not has_cuda:
                raise Fail(f"--cuda asks for a CUDA libtorch, but {what} is a CPU build")
            log(f"using {what}, as LIBTORCH_USE_PYTORCH asks")
            return build_env(dir, version or "unknown", what)
        if dir is not None:
            if minor_of(version) is None:
                log(f"not using {what}: arr's backend builds against {supported_text()}")
            elif not has_headers:
                log(f"not using {what}: it has no C++ headers (include/)")
            elif cuda and not has_cuda:
                log(f"not using {what} for --cuda: it is a CPU build")
            else:
                log(f"using {what}: its libtorch{' (CUDA)' if has_cuda else ''} and headers, "
                    f"nothing to download. The backend needs this PyTorch to stay installed; "
                    f"`.ci/setup-torch --download{' --cuda' if cuda else ''}` uses arr's own "
                    f"libtorch {PINNED} instead")
                return build_env(dir, version, what)

    dest = os.path.join(cache_root(), cache_name(cuda))
    if os.path.exists(os.path.join(dest, "READY")):
        libtorch = libtorch_in(dest, cuda)
    else:
        log(f"preparing arr's libtorch {PINNED} ({'CUDA' if cuda else 'CPU'}) in {dest}, once")
        start = time.time()
        libtorch = build(dest, cuda)
        log(f"libtorch ready in {dest} ({time.time() - start:.0f} s)")
    return build_env(libtorch, PINNED, libtorch)


def check(cuda):
    """Exercise the real download path: a new, empty folder, pip without its
    cache, no ARR_WHEEL_DIR; then prepare and verify."""
    root = cache_root()
    os.makedirs(root, exist_ok=True)
    start = time.time()
    with tempfile.TemporaryDirectory(prefix=".arr-libtorch-check-", dir=root) as tmp:
        dest = os.path.join(tmp, cache_name(cuda))
        build(dest, cuda, use_wheel_dir=False, keep_parent=tmp)
        wheels = wheels_for(cuda)
        cached = os.path.join(root, cache_name(cuda))
        kept = ""
        if not os.path.exists(os.path.join(cached, "READY")):
            if os.path.exists(cached):
                shutil.rmtree(cached)
            shutil.move(dest, cached)
            kept = f"; kept as the cache {cached}"
        log(f"check passed: {len(wheels)} pinned wheels downloaded by pip into an empty folder, "
            f"sha256 verified, libtorch {PINNED} ({'CUDA' if cuda else 'CPU'}) prepared and "
            f"complete, in {time.time() - start:.0f} s{kept}")


def main(argv):
    global PINNED, SUPPORTED_MINORS
    PINNED, SUPPORTED_MINORS = build_link_consts()
    if PINNED != TORCH.version:
        raise Fail(f"torch/build_link.rs pins libtorch {PINNED} but .ci/libtorch.py pins torch "
                   f"{TORCH.version}; make them agree")
    args = [a for a in argv if not a.startswith("--")]
    flags = {a for a in argv if a.startswith("--")}
    unknown = flags - {"--cuda", "--download", "--help"}
    if "--help" in flags or not args or unknown or args[0] not in ("env", "prepare", "check"):
        print(__doc__, file=sys.stderr)
        return 0 if "--help" in flags else 2
    cuda = "--cuda" in flags
    if args[0] == "env" and len(args) == 1:
        for line in choose(cuda, "--download" in flags):
            print(line)
    elif args[0] == "prepare" and len(args) == 2:
        dest = os.path.abspath(args[1])
        if os.path.exists(os.path.join(dest, "READY")):
            print(libtorch_in(dest, cuda))
        else:
            print(build(dest, cuda))
    elif args[0] == "check" and len(args) == 1:
        check(cuda)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except Fail as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        sys.exit(130)
    except (OSError, zipfile.BadZipFile, subprocess.SubprocessError) as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        sys.exit(1)
    except Exception as e:  # never a traceback: say what broke, briefly
        print(f"{PROG}: internal error in .ci/libtorch.py: {type(e).__name__}: {e}", file=sys.stderr)
        sys.exit(1)
