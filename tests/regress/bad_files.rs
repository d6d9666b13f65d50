//! Corrupt input files for the regression scripts and the fuzzer: the Rust
//! form of the `make_bad_files.py` that came with `tests/regress/` (same
//! names, same contents except that its random bytes are a fixed
//! pseudo-random stream here), so the tests need no Python.
//!
//! `write_all(dir)` writes about 20 MB. The two zip bombs are written from
//! a hand-made deflate stream (a dynamic Huffman block where a run of 258
//! zeros costs two bits), so writing them is as cheap as their size on
//! disk: `bomb_6G.npz` declares and holds 6 GB of zeros in 5.8 MB.
//!
//! Shared by `tests/regress.rs` and the fuzzer (`fuzz/`), which include
//! this file as a module.

use std::fs;
use std::io;
use std::path::Path;

#[path = "zipgen.rs"]
mod zipgen;
use zipgen::{zip, zip_bomb};

/// Writes every file into `dir` (created if missing).
pub fn write_all(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    let mut rng = Bytes(0x9e37_79b9_7f4a_7c15);
    let good = npy_files(dir, &mut rng)?;
    npz_files(dir, &good, &mut rng)?;
    csv_files(dir, &mut rng)?;
    mnist_folders(dir)?;
    safetensors_files(dir, &mut rng)?;
    script_files(dir)
}

/// A `.npy` header declaring `shape`, without data.
fn huge(descr: &str, shape: &str) -> Vec<u8> {
    npy(&hdr(descr, shape, "False"), b"")
}

/// `.npy` files; returns a good one for the archives.
fn npy_files(dir: &Path, rng: &mut Bytes) -> io::Result<Vec<u8>> {
    let w = |name: &str, data: &[u8]| fs::write(dir.join(name), data);
    let good = npy(&hdr("<f8", "(3,)", "False"), &f64s(&[1.0, 2.0, 3.0]));
    w("good.npy", &good)?;
    w("empty.npy", b"")?;
    w("badmagic.npy", &cat(&[b"\x93NUMPX", &good[6..]]))?;
    w("magic_only.npy", b"\x93NUMPY")?;
    w("truncated_data.npy", &good[..good.len() - 5])?;
    w("truncated_header.npy", &good[..20])?;
    w("extra_data.npy", &cat(&[&good, &[0u8; 8]]))?;
    w("huge_shape_1e11.npy", &huge("<f8", "(100000000000,)"))?;
    w("huge_shape_2e9.npy", &huge("<f8", "(2000000000,)"))?;
    w("huge_shape_4e8.npy", &huge("<f8", "(400000000,)"))?;
    w("huge_shape_i1_1e11.npy", &huge("|i1", "(100000000000,)"))?;
    w("huge_shape_bool_1e11.npy", &huge("|b1", "(100000000000,)"))?;
    w(
        "overflow_shape.npy",
        &huge("<f8", "(4611686018427387904, 4611686018427387904)"),
    )?;
    w("neg_shape.npy", &huge("<f8", "(-1,)"))?;
    w("str_shape.npy", &huge("<f8", "('a',)"))?;
    let many = format!("({})", "1,".repeat(5000));
    w(
        "many_dims.npy",
        &npy(&hdr("<f8", &many, "False"), &f64s(&[1.0])),
    )?;
    w("complex.npy", &npy(&hdr("<c16", "(1,)", "False"), &[0; 16]))?;
    w("object.npy", &npy(&hdr("|O", "(1,)", "False"), &[0; 8]))?;
    w("unicode.npy", &npy(&hdr("<U5", "(1,)", "False"), &[0; 20]))?;
    let be: Vec<u8> = [1.0f64, 2.0, 3.0]
        .iter()
        .flat_map(|x| x.to_be_bytes())
        .collect();
    w("bigendian.npy", &npy(&hdr(">f8", "(3,)", "False"), &be))?;
    w("half.npy", &npy(&hdr("<f2", "(1,)", "False"), &[0; 2]))?;
    w(
        "u64_big.npy",
        &npy(&hdr("<u8", "(1,)", "False"), &u64::MAX.to_le_bytes()),
    )?;
    w(
        "bool_bad_byte.npy",
        &npy(&hdr("|b1", "(2,)", "False"), &[0, 7]),
    )?;
    w(
        "fortran.npy",
        &npy(&hdr("<f8", "(2, 2)", "True"), &f64s(&[1.0, 2.0, 3.0, 4.0])),
    )?;
    w(
        "structured.npy",
        &npy(
            "{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (1,), }",
            &[0; 8],
        ),
    )?;
    w(
        "header_garbage.npy",
        &npy(
            "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), ",
            &[0; 24],
        ),
    )?;
    w(
        "header_expr.npy",
        &npy("__import__('os').system('id')", b""),
    )?;
    w("header_not_dict.npy", &npy("[1, 2, 3]", b""))?;
    w(
        "header_nonascii.npy",
        &npy(
            "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), '\u{e9}': 1}",
            &[0; 24],
        ),
    )?;
    let deep = format!(
        "{{'descr': '<f8', 'fortran_order': False, 'shape': {}{}, }}",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    w("header_deep.npy", &npy_v(&deep, b"", 2))?;
    w(
        "header_len_huge_v1.npy",
        &cat(&[b"\x93NUMPY\x01\x00", &65535u16.to_le_bytes(), b"{"]),
    )?;
    w(
        "header_len_huge_v2.npy",
        &cat(&[b"\x93NUMPY\x02\x00", &0xFFFF_FFF0u32.to_le_bytes(), b"{"]),
    )?;
    w(
        "header_len_huge_v3.npy",
        &cat(&[b"\x93NUMPY\x03\x00", &0xFFFF_FFF0u32.to_le_bytes(), b"{"]),
    )?;
    w("version_9.npy", &cat(&[b"\x93NUMPY\x09\x00", &good[8..]]))?;
    w(
        "missing_newline.npy",
        &cat(&[b"\x93NUMPY\x01\x00", &10u16.to_le_bytes(), b"{'a': 1}xx"]),
    )?;
    w("garbage.npy", &rng.take(4096))?;

    Ok(good)
}

fn npz_files(dir: &Path, good: &[u8], rng: &mut Bytes) -> io::Result<()> {
    let w = |name: &str, data: &[u8]| fs::write(dir.join(name), data);
    // .npz
    w("good.npz", &zip(&[("a.npy", good)]))?;
    w("notzip.npz", &cat(&[b"PK\x03\x04", &rng.take(200)]))?;
    w("empty_zip.npz", &zip(&[]))?;
    let t = zip(&[("a.npy", good)]);
    w("truncated.npz", &t[..t.len() - 30])?;
    w(
        "member_corrupt.npz",
        &zip(&[("a.npy", &good[..good.len() - 5])]),
    )?;
    w("member_notnpy.npz", &zip(&[("a.txt", b"hello")]))?;
    w(
        "member_huge_shape.npz",
        &zip(&[("a.npy", &huge("<f8", "(100000000000,)"))]),
    )?;
    w(
        "member_complex.npz",
        &zip(&[("a.npy", &npy(&hdr("<c16", "(1,)", "False"), &[0; 16]))]),
    )?;
    w(
        "member_i16.npz",
        &zip(&[("a.npy", &npy(&hdr("<i2", "(1,)", "False"), &[0; 2]))]),
    )?;
    w(
        "member_dup_names.npz",
        &zip(&[("a.npy", good), ("a.npy", good)]),
    )?;
    w(
        "member_traversal.npz",
        &zip(&[("../../../tmp/evil.npy", good)]),
    )?;
    // A zip bomb: 600 MB of zeros declared as float64 (75e6 elements).
    let n: u64 = 600_000_000;
    w(
        "bomb_600M.npz",
        &zip_bomb(&huge("<f8", &format!("({},)", n / 8)), n),
    )?;
    // 6 GB declared and present: over a 4 GB address-space limit.
    let n2: u64 = 6_000_000_000;
    w(
        "bomb_6G.npz",
        &zip_bomb(&huge("<f8", &format!("({},)", n2 / 8)), n2),
    )?;
    // A deflate stream that is bad in the middle.
    let mut gz = zip(&[("a.npy", &npy(&hdr("<f8", "(1000,)", "False"), &[1u8; 8000]))]);
    let end = (gz.len() - 40).min(120);
    for b in gz.iter_mut().take(end).skip(60) {
        *b ^= 0xFF;
    }
    w("member_bad_deflate.npz", &gz)?;

    Ok(())
}

fn csv_files(dir: &Path, rng: &mut Bytes) -> io::Result<()> {
    let w = |name: &str, data: &[u8]| fs::write(dir.join(name), data);
    // CSV
    w("empty.csv", b"")?;
    w("only_newlines.csv", b"\n\n\n")?;
    w("header_only.csv", b"a,b,c\n")?;
    w("bad_field.csv", b"1,2\n3,x\n")?;
    w("ragged.csv", b"1,2\n3\n")?;
    w("bom.csv", b"\xef\xbb\xbf1,2\n3,4\n")?;
    w("crlf.csv", b"1,2\r\n3,4\r\n")?;
    w("quoted.csv", b"\"1\",\"2\"\n\"3\",\"4\"\n")?;
    w("unterminated_quote.csv", b"\"1,2\n3,4\n")?;
    w("nan_inf.csv", b"nan,inf\n-inf,1e999\n")?;
    w("binary.csv", &rng.take(8192))?;
    w("invalid_utf8.csv", b"1,\xff\xfe\n2,3\n")?;
    w("nul.csv", b"1,2\x00\n3,4\n")?;
    w(
        "wide.csv",
        format!("{}\n", vec!["1"; 1_000_000].join(",")).as_bytes(),
    )?;
    w("semicolon.csv", b"1;2\n3;4\n")?;
    w("long_field.csv", &cat(&[&vec![b'1'; 10_000_000], b"\n"]))?;
    w("hex.csv", b"0x10,2\n")?;
    w("spaces.csv", b" 1 , 2 \n")?;
    w("comment_only.csv", b"# nothing\n# more\n")?;

    Ok(())
}

fn mnist_folders(dir: &Path) -> io::Result<()> {
    // MNIST IDX folders
    let names = [
        "train-images-idx3-ubyte",
        "train-labels-idx1-ubyte",
        "t10k-images-idx3-ubyte",
        "t10k-labels-idx1-ubyte",
    ];
    let img_ok = cat(&[&be32(&[2051, 2, 2, 2]), &[0; 8]]);
    let lab_ok = cat(&[&be32(&[2049, 2]), &[0; 2]]);
    let idx_dir = |name: &str, files: [&[u8]; 4]| -> io::Result<()> {
        let d = dir.join(name);
        fs::create_dir_all(&d)?;
        for (file, data) in names.iter().zip(files) {
            fs::write(d.join(file), data)?;
        }
        Ok(())
    };
    idx_dir("mnist_ok", [&img_ok, &lab_ok, &img_ok, &lab_ok])?;
    let bad_magic = cat(&[&[0; 4], &img_ok[4..]]);
    idx_dir("mnist_badmagic", [&bad_magic, &lab_ok, &img_ok, &lab_ok])?;
    let huge_img = be32(&[2051, 0x7FFF_FFFF, 0x7FFF_FFFF, 0x7FFF_FFFF]);
    idx_dir("mnist_huge", [&huge_img, &lab_ok, &img_ok, &lab_ok])?;
    let huge_img2 = be32(&[2051, 0xFFFF_FFFF, 28, 28]);
    idx_dir("mnist_huge2", [&huge_img2, &lab_ok, &img_ok, &lab_ok])?;
    let short = &img_ok[..img_ok.len() - 3];
    idx_dir("mnist_truncated", [short, &lab_ok, &img_ok, &lab_ok])?;
    idx_dir("mnist_empty", [b"", b"", b"", b""])?;
    let lab5 = cat(&[&be32(&[2049, 5]), &[0; 5]]);
    idx_dir("mnist_mismatch", [&img_ok, &lab5, &img_ok, &lab_ok])?;
    let zero_img = be32(&[2051, 0, 0, 0]);
    let zero_lab = be32(&[2049, 0]);
    idx_dir("mnist_zero_dims", [&zero_img, &zero_lab, &img_ok, &lab_ok])?;

    Ok(())
}

fn safetensors_files(dir: &Path, rng: &mut Bytes) -> io::Result<()> {
    let w = |name: &str, data: &[u8]| fs::write(dir.join(name), data);
    // safetensors (for model.load)
    w("garbage.safetensors", &rng.take(1000))?;
    w(
        "huge_header.safetensors",
        &cat(&[&(1u64 << 63).to_le_bytes(), b"{}"]),
    )?;
    w(
        "bad_json.safetensors",
        &cat(&[&5u64.to_le_bytes(), b"{abc}"]),
    )?;
    w("empty.safetensors", b"")?;
    let st = |json: &[u8]| cat(&[&(json.len() as u64).to_le_bytes(), json, &[0; 8]]);
    w(
        "wrong_tensors.safetensors",
        &st(br#"{"x":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"#),
    )?;
    w(
        "offsets_oob.safetensors",
        &st(br#"{"0.kernel":{"dtype":"F32","shape":[1000000000],"data_offsets":[0,4000000000]}}"#),
    )?;

    Ok(())
}

fn script_files(dir: &Path) -> io::Result<()> {
    let w = |name: &str, data: &[u8]| fs::write(dir.join(name), data);
    // scripts
    w("invalid_utf8.arr", b"x = 1\n\xff\xfe = 2\n")?;
    w("bom.arr", b"\xef\xbb\xbfprint(1)\n")?;
    w("nul.arr", b"print(1)\x00\n")?;
    w("syntax_err_import.arr", b"x = (1 +\n")?;
    w("self_import.arr", b"import \"self_import.arr\"\nprint(1)\n")?;
    w("cycle_a.arr", b"import \"cycle_b.arr\"\nA = 1\n")?;
    w("cycle_b.arr", b"import \"cycle_a.arr\"\nB = 2\n")?;
    w("runtime_err_import.arr", b"fn f(x) = x[10]\nf([1,2])\n")?;
    fs::create_dir_all(dir.join("adir.npy"))?;
    fs::create_dir_all(dir.join("adir.arr"))?;
    symlink("/proc/self/environ", &dir.join("environ_link.csv"))?;
    symlink("loop_b", &dir.join("loop_a.npy"))?;
    symlink("loop_a.npy", &dir.join("loop_b"))?;
    symlink("/dev/full", &dir.join("full.npy"))?;
    Ok(())
}

/// The names of the files `write_all` makes (not the folders), for the
/// fuzzer's generator.
pub const FILES: &[&str] = &[
    "good.npy",
    "empty.npy",
    "badmagic.npy",
    "magic_only.npy",
    "truncated_data.npy",
    "truncated_header.npy",
    "extra_data.npy",
    "huge_shape_1e11.npy",
    "huge_shape_2e9.npy",
    "huge_shape_4e8.npy",
    "huge_shape_i1_1e11.npy",
    "huge_shape_bool_1e11.npy",
    "overflow_shape.npy",
    "neg_shape.npy",
    "str_shape.npy",
    "many_dims.npy",
    "complex.npy",
    "object.npy",
    "unicode.npy",
    "bigendian.npy",
    "half.npy",
    "u64_big.npy",
    "bool_bad_byte.npy",
    "fortran.npy",
    "structured.npy",
    "header_garbage.npy",
    "header_expr.npy",
    "header_not_dict.npy",
    "header_nonascii.npy",
    "header_deep.npy",
    "header_len_huge_v1.npy",
    "header_len_huge_v2.npy",
    "header_len_huge_v3.npy",
    "version_9.npy",
    "missing_newline.npy",
    "garbage.npy",
    "good.npz",
    "notzip.npz",
    "empty_zip.npz",
    "truncated.npz",
    "member_corrupt.npz",
    "member_notnpy.npz",
    "member_huge_shape.npz",
    "member_complex.npz",
    "member_i16.npz",
    "member_dup_names.npz",
    "member_traversal.npz",
    "bomb_600M.npz",
    "bomb_6G.npz",
    "member_bad_deflate.npz",
    "empty.csv",
    "only_newlines.csv",
    "header_only.csv",
    "bad_field.csv",
    "ragged.csv",
    "bom.csv",
    "crlf.csv",
    "quoted.csv",
    "unterminated_quote.csv",
    "nan_inf.csv",
    "binary.csv",
    "invalid_utf8.csv",
    "nul.csv",
    "wide.csv",
    "semicolon.csv",
    "long_field.csv",
    "hex.csv",
    "spaces.csv",
    "comment_only.csv",
    "garbage.safetensors",
    "huge_header.safetensors",
    "bad_json.safetensors",
    "empty.safetensors",
    "wrong_tensors.safetensors",
    "offsets_oob.safetensors",
    "invalid_utf8.arr",
    "bom.arr",
    "nul.arr",
    "syntax_err_import.arr",
    "self_import.arr",
    "cycle_a.arr",
    "cycle_b.arr",
    "runtime_err_import.arr",
    "adir.npy",
    "adir.arr",
    "environ_link.csv",
    "loop_a.npy",
    "loop_b",
    "full.npy",
];

/// The MNIST folders `write_all` makes.
pub const MNIST_DIRS: &[&str] = &[
    "mnist_ok",
    "mnist_badmagic",
    "mnist_huge",
    "mnist_huge2",
    "mnist_truncated",
    "mnist_empty",
    "mnist_mismatch",
    "mnist_zero_dims",
];

fn symlink(target: &str, link: &Path) -> io::Result<()> {
    match std::os::unix::fs::symlink(target, link) {
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        r => r,
    }
}

/// A fixed stream of pseudo-random bytes (xorshift64*), standing in for
/// the script's `os.urandom`.
struct Bytes(u64);

impl Bytes {
    fn take(&mut self, n: usize) -> Vec<u8> {
        (0..n)
            .map(|_| {
                self.0 ^= self.0 >> 12;
                self.0 ^= self.0 << 25;
                self.0 ^= self.0 >> 27;
                (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 56) as u8
            })
            .collect()
    }
}

fn cat(parts: &[&[u8]]) -> Vec<u8> {
    parts.concat()
}

fn f64s(v: &[f64]) -> Vec<u8> {
    v.iter().flat_map(|x| x.to_le_bytes()).collect()
}

fn be32(v: &[u32]) -> Vec<u8> {
    v.iter().flat_map(|x| x.to_be_bytes()).collect()
}

fn hdr(descr: &str, shape: &str, fortran: &str) -> String {
    format!("{{'descr': '{descr}', 'fortran_order': {fortran}, 'shape': {shape}, }}")
}

fn npy(header: &str, data: &[u8]) -> Vec<u8> {
    npy_v(header, data, 1)
}

/// A `.npy` file: magic, version, header length, the header padded with
/// spaces and a newline to a multiple of 64 bytes, then the data. As in the
/// Python original, lengths count characters, so a non-ASCII header
/// declares fewer bytes than it has.
fn npy_v(header: &str, data: &[u8], major: u8) -> Vec<u8> {
    let len_size = if major == 1 { 2 } else { 4 };
    let chars = header.chars().count();
    let pad = (64 - (6 + 2 + len_size + chars + 1) % 64) % 64;
    let declared = chars + pad + 1;
    let mut out = b"\x93NUMPY".to_vec();
    out.extend([major, 0]);
    if major == 1 {
        out.extend((declared as u16).to_le_bytes());
    } else {
        out.extend((declared as u32).to_le_bytes());
    }
    out.extend(header.as_bytes());
    out.resize(out.len() + pad, b' ');
    out.push(b'\n');
    out.extend(data);
    out
}
