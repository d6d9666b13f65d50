//! The backend contract, tested with a stand-in backend
//! (tests/fixtures/stub_backend) built here, without libtorch: a backend
//! built from this checkout's `arr-torch-abi` is accepted, one built from a
//! changed copy of it is refused cleanly, and a result of the wrong shape is
//! a "backend protocol error", never a guess.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for e in std::fs::read_dir(from).expect("read dir").flatten() {
        let p = e.path();
        let dest = to.join(e.file_name());
        if p.is_dir() {
            copy_dir(&p, &dest);
        } else {
            std::fs::copy(&p, &dest).expect("copy file");
        }
    }
}

/// Builds the stub backend against the ABI crate at `abi` and returns the
/// library's path. Each variant has its own folder and target directory
/// under target/, so repeated runs build incrementally.
fn build_stub(variant: &str, abi: &Path) -> PathBuf {
    let work = root().join("target").join("contract-tests").join(variant);
    let krate = work.join("stub");
    std::fs::create_dir_all(krate.join("src")).expect("create stub crate");
    std::fs::write(
        krate.join("Cargo.toml"),
        format!(
            "[package]\nname = \"stub-backend\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n\
             [lib]\npath = \"src/lib.rs\"\ncrate-type = [\"cdylib\"]\n\n\
             [dependencies]\narr-torch-abi = {{ path = {:?} }}\n\n[workspace]\n",
            abi.display().to_string()
        ),
    )
    .expect("write Cargo.toml");
    std::fs::copy(
        root().join("tests/fixtures/stub_backend/lib.rs"),
        krate.join("src/lib.rs"),
    )
    .expect("copy the stub's source");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["build", "--release", "--offline", "--quiet"])
        .current_dir(&krate)
        .env("CARGO_TARGET_DIR", work.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "building the stub backend failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    work.join("target/release").join(format!(
        "{}stub_backend{}",
        std::env::consts::DLL_PREFIX,
        std::env::consts::DLL_SUFFIX
    ))
}

fn arr_with(lib: &Path, code: &str) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_arr"))
        .args(["-e", code])
        .env("NO_COLOR", "1")
        .env("ARR_TORCH_LIB", lib)
        .output()
        .expect("the arr binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_backend_with_the_same_contract_is_accepted_and_a_bad_result_is_a_protocol_error() {
    let lib = build_stub("same", &root().join("torch/abi"));
    // Accepted: the stub's own answers come through.
    let (ok, _, err) = arr_with(&lib, "t = tensor([1.0]); sum(t)");
    assert!(!ok);
    assert!(
        err.contains("stub backend: sum is not implemented"),
        "the stub was not used: {err}"
    );
    // A list where a bool is due is a protocol error, not a guess.
    let (ok, _, err) = arr_with(&lib, "t = tensor([1.0]); if t { print(1) }");
    assert!(!ok);
    assert!(
        err.contains("backend protocol error: bool returned a list, expected a bool"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_backend_built_with_a_changed_contract_is_refused_cleanly() {
    // A copy of the ABI crate with one more argument kind: same crate
    // version, same compiler, a different contract.
    let changed = root().join("target/contract-tests/changed-abi");
    let _ = std::fs::remove_dir_all(&changed);
    copy_dir(&root().join("torch/abi"), &changed);
    let lib_rs = changed.join("src/lib.rs");
    let src = std::fs::read_to_string(&lib_rs).expect("read the ABI source");
    let marker = "    Func(u64),\n}";
    assert!(src.contains(marker), "the Arg enum moved; update this test");
    std::fs::write(
        &lib_rs,
        src.replacen(marker, "    Func(u64),\n    Extra(u32),\n}", 1),
    )
    .expect("write the changed ABI");
    let lib = build_stub("changed", &changed);
    let (ok, out, err) = arr_with(&lib, "print(1 + 1); tensor([1.0])");
    assert!(!ok, "a changed contract must be refused");
    assert_eq!(out, "2\n", "arrays keep working");
    assert!(err.contains("was built for a different arr"), "{err}");
    assert!(err.contains("rebuild it with `.ci/setup-torch`"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}
