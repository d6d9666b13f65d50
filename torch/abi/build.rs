// Records the compiler version: arr and its backend exchange Rust values, so
// both must come from the same compiler (checked when the backend loads).
fn main() {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let version = std::process::Command::new(rustc)
        .arg("-V")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|_| "unknown rustc".into());
    println!("cargo:rustc-env=ARR_ABI_RUSTC={version}");
    println!("cargo:rerun-if-changed=build.rs");
}
