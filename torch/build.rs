// The backend finds libtorch at run time through an rpath to the libtorch it
// was built against (`LIBTORCH`, prepared by `.ci/setup-torch`), keeps
// libtorch_cuda.so linked when there is one, and refuses a libtorch version
// it cannot build against: see build_link.rs.
include!("build_link.rs");

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build_link.rs");
    link_libtorch_or_exit();
}
