fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    lalrpop::Configuration::new()
        .set_out_dir(out)
        .process_file("grammar/arr.lalrpop")
        .expect("grammar/arr.lalrpop must build");
    println!("cargo:rerun-if-changed=grammar/arr.lalrpop");
}
