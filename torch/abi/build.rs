// Identifies the interface at build time: a hash of this crate's source
// (every file under src/, so any change to a type or an operation changes
// it), the target triple and the compiler. Host and backend compare the
// resulting fingerprint before any Rust value crosses between them.
use std::path::Path;

fn fnv1a(hash: &mut u64, bytes: &[u8]) {
    for &b in bytes {
        *hash ^= b as u64;
        *hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
}

fn hash_dir(dir: &Path, hash: &mut u64) {
    let mut entries: Vec<_> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.flatten().map(|e| e.path()).collect(),
        Err(e) => panic!("cannot read {}: {e}", dir.display()),
    };
    entries.sort();
    for p in entries {
        if p.is_dir() {
            hash_dir(&p, hash);
        } else {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
            fnv1a(hash, name.unwrap_or_default().as_bytes());
            match std::fs::read(&p) {
                Ok(bytes) => fnv1a(hash, &bytes),
                Err(e) => panic!("cannot read {}: {e}", p.display()),
            }
            println!("cargo:rerun-if-changed={}", p.display());
        }
    }
}

fn main() {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let version = std::process::Command::new(rustc)
        .arg("-V")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|_| "unknown rustc".into());
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    hash_dir(Path::new("src"), &mut hash);
    println!("cargo:rustc-env=ARR_ABI_RUSTC={version}");
    println!("cargo:rustc-env=ARR_ABI_SOURCE_HASH={hash:016x}");
    println!(
        "cargo:rustc-env=ARR_ABI_TARGET={}",
        std::env::var("TARGET").unwrap_or_default()
    );
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=build.rs");
}
