// The backend finds libtorch at run time through an rpath to the libtorch it
// was built against (`LIBTORCH`, prepared by `.ci/setup-torch`).
fn main() {
    println!("cargo:rerun-if-env-changed=LIBTORCH");
    if let Ok(dir) = std::env::var("LIBTORCH") {
        println!("cargo:rustc-link-arg=-Wl,-rpath,{dir}/lib");
    }
}
