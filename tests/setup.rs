//! The set-up of the tensor backend, without downloading or building
//! libtorch and without a GPU: how the backend links libtorch (through the
//! fixture crate tests/fixtures/cuda-link, whose build script is the
//! backend's own torch/build_link.rs, against stub libraries made with gcc),
//! which libtorch versions `.ci/setup-torch` accepts, and what it says when
//! the package index cannot be reached.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const REPO: &str = env!("CARGO_MANIFEST_DIR");

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).to_string()
}

/// A new empty folder under the target dir, removed first if a previous run
/// left it.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("setup-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the scratch folder can be made");
    dir
}

fn write(path: &Path, content: &str) {
    std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
    std::fs::write(path, content).expect("write");
}

/// A folder that looks like libtorch `version` to the set-up and the build
/// script: a version header, a build-version file, and lib/ with stub
/// shared libraries (libtorch_cuda.so too when `cuda`).
fn fake_libtorch(dir: &Path, version: &str, cuda: bool) {
    let mut v = version.split('.');
    let header = format!(
        "#pragma once\n#define TORCH_VERSION_MAJOR {}\n#define TORCH_VERSION_MINOR {}\n#define TORCH_VERSION_PATCH {}\n",
        v.next().unwrap_or("0"),
        v.next().unwrap_or("0"),
        v.next().unwrap_or("0")
    );
    write(
        &dir.join("include/torch/csrc/api/include/torch/version.h"),
        &header,
    );
    write(
        &dir.join("include/torch/csrc/api/include/torch/torch.h"),
        "",
    );
    write(&dir.join("build-version"), &format!("{version}\n"));
    let lib = dir.join("lib");
    std::fs::create_dir_all(&lib).expect("mkdir lib");
    let mut libs = vec!["libtorch_cpu", "libc10", "libtorch"];
    if cuda {
        libs.push("libtorch_cuda");
    }
    for name in libs {
        stub_library(&lib, name);
    }
}

fn stub_library(lib: &Path, name: &str) {
    let src = lib.join(format!("{name}.c"));
    write(&src, &format!("void {name}_stub(void) {{}}\n"));
    let so = lib.join(format!("{name}.so"));
    let out = Command::new("gcc")
        .args(["-shared", "-fPIC", "-o"])
        .arg(&so)
        .arg(format!("-Wl,-soname,{name}.so"))
        .arg(&src)
        .output()
        .expect("gcc runs (.ci/setup installs it)");
    assert!(out.status.success(), "gcc: {}", text(&out.stderr));
}

/// Builds the fixture cdylib against `libtorch`; the built library's path
/// on success, the build's stderr on failure.
fn build_fixture(target: &Path, libtorch: &Path, env: &[(&str, &str)]) -> Result<PathBuf, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut c = Command::new(cargo);
    c.args([
        "build",
        "--offline",
        "--locked",
        "--quiet",
        "--manifest-path",
    ])
    .arg(Path::new(REPO).join("tests/fixtures/cuda-link/Cargo.toml"))
    .arg("--target-dir")
    .arg(target)
    .env("LIBTORCH", libtorch);
    for k in [
        "LIBTORCH_USE_PYTORCH",
        "CXXFLAGS",
        "TARGET_CXXFLAGS",
        "CARGO_TARGET_DIR",
        "RUSTFLAGS",
        "CARGO_BUILD_RUSTFLAGS",
        "CARGO_ENCODED_RUSTFLAGS",
    ] {
        c.env_remove(k);
    }
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.output().expect("cargo runs");
    if out.status.success() {
        Ok(target.join("debug/libarr_cuda_link_fixture.so"))
    } else {
        Err(text(&out.stderr))
    }
}

/// `readelf -d` of a shared library: its NEEDED names and its RUNPATH.
fn dynamic_section(so: &Path) -> (Vec<String>, String) {
    let out = Command::new("readelf")
        .arg("-d")
        .arg(so)
        .output()
        .expect("readelf runs (binutils)");
    assert!(out.status.success(), "readelf: {}", text(&out.stderr));
    let d = text(&out.stdout);
    let mut needed = Vec::new();
    let mut runpath = String::new();
    for line in d.lines() {
        let value = line
            .split_once('[')
            .and_then(|(_, r)| r.split_once(']'))
            .map(|(v, _)| v.to_string());
        if line.contains("(NEEDED)") {
            needed.extend(value);
        } else if line.contains("(RUNPATH)") || line.contains("(RPATH)") {
            runpath = value.unwrap_or_default();
        }
    }
    (needed, runpath)
}

#[test]
fn the_backend_keeps_libtorch_cuda_among_its_needed_libraries() {
    let dir = scratch("cuda-link");
    let target = dir.join("target");

    // A CUDA libtorch: libtorch_cuda.so is linked although nothing of it is
    // used; without that, libtorch never registers CUDA and
    // cuda_available() is false on a GPU machine.
    let cuda = dir.join("libtorch-cuda");
    fake_libtorch(&cuda, "2.13.0", true);
    let so = build_fixture(&target, &cuda, &[]).unwrap_or_else(|e| panic!("{e}"));
    let (needed, runpath) = dynamic_section(&so);
    assert!(
        needed.iter().any(|n| n == "libtorch_cuda.so"),
        "libtorch_cuda.so must be NEEDED: {needed:?}"
    );
    assert!(
        runpath.contains(&format!("{}/lib", cuda.display())),
        "rpath to the libtorch: {runpath}"
    );

    // A CPU libtorch: nothing extra is linked.
    let cpu = dir.join("libtorch-cpu");
    fake_libtorch(&cpu, "2.13.0", false);
    let so = build_fixture(&target, &cpu, &[]).unwrap_or_else(|e| panic!("{e}"));
    let (needed, runpath) = dynamic_section(&so);
    assert!(
        !needed.iter().any(|n| n.contains("torch")),
        "a CPU build links no libtorch library itself: {needed:?}"
    );
    assert!(
        runpath.contains(&format!("{}/lib", cpu.display())),
        "{runpath}"
    );
}

#[test]
fn the_backend_build_refuses_unsupported_libtorch_versions() {
    let dir = scratch("versions-build");
    let target = dir.join("target");
    let old = dir.join("libtorch-2.9");
    fake_libtorch(&old, "2.9.0", false);
    let err = build_fixture(&target, &old, &[]).expect_err("2.9 is refused");
    assert!(err.contains("is libtorch 2.9.0"), "{err}");
    assert!(err.contains("needs libtorch 2.13.0"), "{err}");
    assert!(err.contains("2.11"), "names the supported versions: {err}");
    assert!(!err.contains("panicked"), "a message, not a panic: {err}");

    // 2.11 builds only with the compatibility header in CXXFLAGS.
    let v211 = dir.join("libtorch-2.11");
    fake_libtorch(&v211, "2.11.0", false);
    let err = build_fixture(&target, &v211, &[]).expect_err("needs the header");
    assert!(err.contains("compatibility header"), "{err}");
    assert!(err.contains(".ci/setup-torch"), "{err}");
    let flags = format!("-include {REPO}/torch/libtorch_compat.h");
    build_fixture(&target, &v211, &[("CXXFLAGS", &flags)]).unwrap_or_else(|e| panic!("{e}"));
}

/// Runs .ci/libtorch.py with a clean environment: no LIBTORCH, no
/// ARR_WHEEL_DIR, no pip configuration, nothing on PYTHONPATH.
fn libtorch_py(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new("python3");
    c.arg(Path::new(REPO).join(".ci/libtorch.py")).args(args);
    for k in [
        "LIBTORCH",
        "LIBTORCH_USE_PYTORCH",
        "ARR_WHEEL_DIR",
        "ARR_CACHE",
        "PYTHONPATH",
        "PIP_INDEX_URL",
        "PIP_EXTRA_INDEX_URL",
        "PIP_FIND_LINKS",
        "CXXFLAGS",
    ] {
        c.env_remove(k);
    }
    c.env("PIP_CONFIG_FILE", "/dev/null");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("python3 runs")
}

#[test]
fn setup_refuses_an_unsupported_libtorch_naming_both_versions() {
    let dir = scratch("versions-setup");
    let old = dir.join("libtorch-2.9");
    fake_libtorch(&old, "2.9.0", false);
    let out = libtorch_py(&["env"], &[("LIBTORCH", old.to_str().expect("utf-8"))]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("is libtorch 2.9.0"), "{err}");
    assert!(err.contains("needs libtorch 2.13.0"), "{err}");
    assert!(err.contains("2.10, 2.11, 2.12, 2.13, 2.14, 2.15"), "{err}");
    assert!(!err.contains("Traceback"), "{err}");
    assert!(text(&out.stdout).is_empty(), "nothing to build with");
}

#[test]
fn setup_accepts_supported_libtorch_versions_with_the_right_flags() {
    let dir = scratch("versions-ok");
    for (version, compat, cxx20) in [
        ("2.13.0", false, false),
        ("2.11.0", true, false),
        ("2.12.1", true, false),
        ("2.15.0", true, true),
    ] {
        let lt = dir.join(format!("libtorch-{version}"));
        fake_libtorch(&lt, version, false);
        let out = libtorch_py(&["env"], &[("LIBTORCH", lt.to_str().expect("utf-8"))]);
        let stdout = text(&out.stdout);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let lines: Vec<&str> = stdout.lines().collect();
        assert!(
            lines.contains(&format!("LIBTORCH={}", lt.display()).as_str()),
            "{stdout}"
        );
        let flags = lines.iter().find(|l| l.starts_with("CXXFLAGS="));
        assert_eq!(flags.is_some(), compat, "{version}: {stdout}");
        if let Some(f) = flags {
            assert!(
                f.contains(&format!("-include {REPO}/torch/libtorch_compat.h")),
                "{f}"
            );
            assert_eq!(f.contains("-std=c++20"), cxx20, "{f}");
            assert!(
                lines.contains(&"LIBTORCH_BYPASS_VERSION_CHECK=1"),
                "{stdout}"
            );
        }
    }
}

/// A fake PyTorch package for python3 (found through PYTHONPATH), never
/// imported: the set-up reads its files.
fn fake_pytorch(site: &Path, version: &str, cuda: bool) -> PathBuf {
    let torch = site.join("torch");
    fake_libtorch(&torch, version.split('+').next().unwrap_or(version), cuda);
    std::fs::remove_file(torch.join("build-version")).expect("rm");
    write(
        &torch.join("__init__.py"),
        "raise ImportError('not to be imported')\n",
    );
    write(
        &torch.join("version.py"),
        &format!("__version__ = '{version}'\n"),
    );
    torch
}

#[test]
fn an_installed_pytorch_is_used_instead_of_downloading() {
    let dir = scratch("pytorch");
    let site = dir.join("site");
    let torch = fake_pytorch(&site, "2.13.0+cu130", true);
    let site_s = site.to_str().expect("utf-8");
    let out = libtorch_py(&["env", "--cuda"], &[("PYTHONPATH", site_s)]);
    let err = text(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        text(&out.stdout)
            .lines()
            .any(|l| l == format!("LIBTORCH={}", torch.display())),
        "{}",
        text(&out.stdout)
    );
    assert!(err.contains("using the PyTorch 2.13.0"), "{err}");
    assert!(err.contains("(CUDA)"), "{err}");

    // An unsupported version asked for explicitly: an error naming both.
    let old = dir.join("old");
    fake_pytorch(&old, "2.9.1+cu128", false);
    let out = libtorch_py(
        &["env"],
        &[
            ("PYTHONPATH", old.to_str().expect("utf-8")),
            ("LIBTORCH_USE_PYTORCH", "1"),
        ],
    );
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("libtorch 2.9.1"), "{err}");
    assert!(err.contains("needs libtorch 2.13.0"), "{err}");

    // Found by itself, it is passed over for arr's own libtorch (here a
    // ready cache, so nothing is downloaded).
    let cache = dir.join("cache");
    fake_libtorch(&cache.join("libtorch-2.13.0-cpu"), "2.13.0", false);
    write(&cache.join("libtorch-2.13.0-cpu/READY"), "test\n");
    let out = libtorch_py(
        &["env"],
        &[
            ("PYTHONPATH", old.to_str().expect("utf-8")),
            ("ARR_CACHE", cache.to_str().expect("utf-8")),
        ],
    );
    let err = text(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("not using the PyTorch 2.9.1"), "{err}");
    assert!(
        text(&out.stdout).contains("libtorch-2.13.0-cpu"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn an_unreachable_package_index_is_a_clear_error() {
    // A port nothing listens on: bind one, then close it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a local port")
        .port();
    let dir = scratch("unreachable");
    let index = format!("http://127.0.0.1:{port}/simple");
    let started = std::time::Instant::now();
    let mut c = Command::new(Path::new(REPO).join(".ci/setup-torch"));
    c.arg("--download")
        .env("ARR_CACHE", dir.join("cache"))
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env("PIP_INDEX_URL", &index)
        .env("PIP_CONFIG_FILE", "/dev/null");
    for k in [
        "LIBTORCH",
        "LIBTORCH_USE_PYTORCH",
        "ARR_WHEEL_DIR",
        "PIP_FIND_LINKS",
        "PIP_EXTRA_INDEX_URL",
    ] {
        c.env_remove(k);
    }
    let out = c.output().expect(".ci/setup-torch runs");
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        started.elapsed().as_secs() < 60,
        "fails within seconds, not minutes"
    );
    // Which file, pip's own words, and what to set.
    assert!(
        err.contains("could not download torch-2.13.0-cp311-cp311-manylinux_2_28_x86_64.whl"),
        "{err}"
    );
    assert!(err.contains(&index), "names the index pip used: {err}");
    assert!(err.contains("Connection refused"), "{err}");
    assert!(err.contains("No matching distribution found"), "{err}");
    assert!(err.contains("ARR_WHEEL_DIR"), "{err}");
    assert!(err.contains("LIBTORCH"), "{err}");
    assert!(!err.contains("Traceback"), "{err}");
    // Nothing half-made is left in the cache.
    let left: Vec<_> = std::fs::read_dir(dir.join("cache"))
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_backend_built_against_a_cuda_libtorch_links_libtorch_cuda() {
    // The real backend, when .ci/setup-torch built one: if its libtorch has
    // libtorch_cuda.so, the backend must need it (what the fixture checks,
    // here on the real build).
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(REPO).join("target"));
    let so = target.join("release/libarr_torch.so");
    if !so.exists() {
        eprintln!("no backend built at {}; skipped", so.display());
        return;
    }
    let (needed, runpath) = dynamic_section(&so);
    let cuda = runpath
        .split(':')
        .any(|d| Path::new(d).join("libtorch_cuda.so").exists());
    assert_eq!(
        needed.iter().any(|n| n == "libtorch_cuda.so"),
        cuda,
        "NEEDED {needed:?}, RUNPATH {runpath}"
    );
}
