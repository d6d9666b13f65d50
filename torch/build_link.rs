// How the backend links the libtorch it is built against. Included (with
// `include!`) by torch/build.rs and by the test fixture
// tests/fixtures/cuda-link/build.rs, so the test exercises this very code.
//
// - Which libtorch: `LIBTORCH`, or with `LIBTORCH_USE_PYTORCH` set (tch's
//   convention) the `torch` package of the active Python (`python3`, or
//   `python` inside a virtualenv).
// - Which versions: 2.13 (what tch 0.26 is generated from) and the minor
//   versions in `SUPPORTED_MINORS`, which need the compatibility header
//   torch/libtorch_compat.h in `CXXFLAGS` (`.ci/setup-torch` sets it); any
//   other version is refused with both versions named.
// - An rpath to its `lib/`, so the backend finds libtorch at run time.
// - CUDA: rustc links with `--as-needed` and the backend uses no symbol of
//   libtorch_cuda.so, so the linker would drop it and libtorch would never
//   register its CUDA hooks (`cuda_available()` false on a GPU machine).
//   When `lib/libtorch_cuda.so` exists it is linked with `--no-as-needed`.
//   This must come from the backend's own build script: link arguments of
//   torch-sys do not reach a dependent cdylib.

/// The libtorch tch 0.26 is generated from.
const PINNED_VERSION: &str = "2.13.0";

/// libtorch 2.x minor versions the backend builds against. Other than 13,
/// each needs torch/libtorch_compat.h (`-include` in `CXXFLAGS`); 14 and
/// newer also need C++20 (`-std=c++20`).
const SUPPORTED_MINORS: &[u32] = &[10, 11, 12, 13, 14, 15];

/// The name `CXXFLAGS` must mention for a libtorch other than 2.13.
const COMPAT_HEADER: &str = "libtorch_compat.h";

fn supported_list() -> String {
    let v: Vec<String> = SUPPORTED_MINORS.iter().map(|m| format!("2.{m}")).collect();
    v.join(", ")
}

/// The libtorch directory (holding `include/` and `lib/`), if one is named.
fn libtorch_dir() -> Result<Option<std::path::PathBuf>, String> {
    println!("cargo:rerun-if-env-changed=LIBTORCH");
    println!("cargo:rerun-if-env-changed=LIBTORCH_USE_PYTORCH");
    if let Some(dir) = std::env::var_os("LIBTORCH").filter(|d| !d.is_empty()) {
        return Ok(Some(std::path::PathBuf::from(dir)));
    }
    if std::env::var_os("LIBTORCH_USE_PYTORCH").is_none() {
        return Ok(None);
    }
    let python = if std::env::var_os("VIRTUAL_ENV").is_some() {
        "python"
    } else {
        "python3"
    };
    // Find the package without importing it (no CUDA initialisation, and
    // no `torch` folder in the working directory mistaken for it).
    let script = "import sys, importlib.util as u\n\
                  sys.path = [p for p in sys.path if p not in ('', '.')]\n\
                  s = u.find_spec('torch')\n\
                  print(s.submodule_search_locations[0] if s and s.origin and s.submodule_search_locations else '')";
    let out = std::process::Command::new(python)
        .args(["-c", script])
        .output()
        .map_err(|e| format!("LIBTORCH_USE_PYTORCH is set but {python} could not be run: {e}"))?;
    let dir = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !out.status.success() || dir.is_empty() {
        return Err(format!(
            "LIBTORCH_USE_PYTORCH is set but {python} has no `torch` package; install PyTorch there, or set LIBTORCH to a libtorch folder"
        ));
    }
    Ok(Some(std::path::PathBuf::from(dir)))
}

/// The `#define NAME value` of a C header, as a number.
fn define_number(header: &str, name: &str) -> Option<u32> {
    header.lines().find_map(|l| {
        let mut w = l.split_whitespace();
        if w.next()? == "#define" && w.next()? == name {
            w.next()?.parse().ok()
        } else {
            None
        }
    })
}

/// The version of the libtorch in `dir`: from its headers (what the backend
/// compiles against), else its `build-version` file (libtorch archives),
/// else `version.py` (a PyTorch package).
fn libtorch_version(dir: &std::path::Path) -> Option<String> {
    for h in [
        "include/torch/headeronly/version.h",
        "include/torch/csrc/api/include/torch/version.h",
    ] {
        if let Ok(text) = std::fs::read_to_string(dir.join(h)) {
            if let (Some(a), Some(b), Some(c)) = (
                define_number(&text, "TORCH_VERSION_MAJOR"),
                define_number(&text, "TORCH_VERSION_MINOR"),
                define_number(&text, "TORCH_VERSION_PATCH"),
            ) {
                return Some(format!("{a}.{b}.{c}"));
            }
        }
    }
    if let Ok(text) = std::fs::read_to_string(dir.join("build-version")) {
        let v = text.trim();
        if !v.is_empty() {
            return Some(v.to_string());
        }
    }
    let text = std::fs::read_to_string(dir.join("version.py")).ok()?;
    text.lines().find_map(|l| {
        let rest = l.trim().strip_prefix("__version__")?.trim_start();
        let v = rest
            .strip_prefix('=')?
            .trim()
            .trim_matches(|c| c == '\'' || c == '"');
        Some(v.to_string())
    })
}

/// The minor version if the backend builds against `version`, else why not.
fn check_version(version: &str, dir: &std::path::Path) -> Result<u32, String> {
    let plain = version.split('+').next().unwrap_or(version).trim();
    let mut parts = plain.split('.');
    let major = parts.next().and_then(|p| p.parse::<u32>().ok());
    let minor = parts.next().and_then(|p| p.parse::<u32>().ok());
    match (major, minor) {
        (Some(2), Some(m)) if SUPPORTED_MINORS.contains(&m) => Ok(m),
        _ => Err(format!(
            "LIBTORCH={} is libtorch {plain}, but arr's backend needs libtorch {PINNED_VERSION} (tch 0.26) or one of {} with its compatibility header; run `.ci/setup-torch` to prepare libtorch {PINNED_VERSION}, or point LIBTORCH at a supported one",
            dir.display(),
            supported_list()
        )),
    }
}

/// The linker arguments for the libtorch in `dir`, in order.
fn link_args(dir: &std::path::Path) -> Vec<String> {
    let lib = dir.join("lib");
    let mut args = vec![format!("-Wl,-rpath,{}", lib.display())];
    if lib.join("libtorch_cuda.so").exists() {
        args.push(format!("-L{}", lib.display()));
        args.push("-Wl,--no-as-needed".to_string());
        args.push("-ltorch_cuda".to_string());
        args.push("-Wl,--as-needed".to_string());
    }
    args
}

fn cxxflags() -> String {
    let target = std::env::var("TARGET").unwrap_or_default();
    let mut all = String::new();
    for name in [
        "CXXFLAGS".to_string(),
        "TARGET_CXXFLAGS".to_string(),
        format!("CXXFLAGS_{target}"),
        format!("CXXFLAGS_{}", target.replace('-', "_")),
    ] {
        println!("cargo:rerun-if-env-changed={name}");
        if let Ok(v) = std::env::var(&name) {
            all.push_str(&v);
            all.push(' ');
        }
    }
    all
}

/// Everything above, as build-script output; the error says what to do.
fn link_libtorch() -> Result<(), String> {
    let Some(dir) = libtorch_dir()? else {
        // torch-sys explains how to name a libtorch.
        return Ok(());
    };
    let lib = dir.join("lib");
    if !lib.is_dir() {
        return Err(format!(
            "LIBTORCH={} has no lib/ folder; it must be a libtorch (include/ and lib/) or a PyTorch package folder (site-packages/torch); `.ci/setup-torch` prepares one",
            dir.display()
        ));
    }
    // A libtorch_cuda.so added or removed changes the link.
    println!("cargo:rerun-if-changed={}", lib.display());
    let version = libtorch_version(&dir).ok_or_else(|| {
        format!(
            "cannot tell which libtorch LIBTORCH={} is (no include/torch/csrc/api/include/torch/version.h, build-version or version.py); arr's backend needs libtorch {PINNED_VERSION}",
            dir.display()
        )
    })?;
    let minor = check_version(&version, &dir)?;
    if minor != 13 && !cxxflags().contains(COMPAT_HEADER) {
        return Err(format!(
            "LIBTORCH={} is libtorch {version}, which needs arr's compatibility header: build with `.ci/setup-torch` (it sets CXXFLAGS), or add `-include /path/to/arr/torch/{COMPAT_HEADER}`{} to CXXFLAGS and set LIBTORCH_BYPASS_VERSION_CHECK=1",
            dir.display(),
            if minor > 13 { " -std=c++20" } else { "" }
        ));
    }
    for arg in link_args(&dir) {
        println!("cargo:rustc-link-arg={arg}");
    }
    Ok(())
}

/// The build script's body: on error, the message and exit status 1 (no
/// panic backtrace).
fn link_libtorch_or_exit() {
    if let Err(msg) = link_libtorch() {
        eprintln!("error: {msg}");
        std::process::exit(1);
    }
}
