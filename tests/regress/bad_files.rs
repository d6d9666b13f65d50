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

/// Writes every file into `dir` (created if missing).
pub fn write_all(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    let w = |name: &str, data: &[u8]| fs::write(dir.join(name), data);
    let mut rng = Bytes(0x9e37_79b9_7f4a_7c15);

    let good = npy(&hdr("<f8", "(3,)", "False"), &f64s(&[1.0, 2.0, 3.0]));
    w("good.npy", &good)?;
    w("empty.npy", b"")?;
    w("badmagic.npy", &cat(&[b"\x93NUMPX", &good[6..]]))?;
    w("magic_only.npy", b"\x93NUMPY")?;
    w("truncated_data.npy", &good[..good.len() - 5])?;
    w("truncated_header.npy", &good[..20])?;
    w("extra_data.npy", &cat(&[&good, &[0u8; 8]]))?;
    let huge = |descr: &str, shape: &str| npy(&hdr(descr, shape, "False"), b"");
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

    // .npz
    w("good.npz", &zip(&[("a.npy", &good)]))?;
    w("notzip.npz", &cat(&[b"PK\x03\x04", &rng.take(200)]))?;
    w("empty_zip.npz", &zip(&[]))?;
    let t = zip(&[("a.npy", &good)]);
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
        &zip(&[("a.npy", &good), ("a.npy", &good)]),
    )?;
    w(
        "member_traversal.npz",
        &zip(&[("../../../tmp/evil.npy", &good)]),
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

// ------------------------------------------------------------------- CRC-32

fn crc_table() -> [u32; 256] {
    let mut t = [0u32; 256];
    for (i, e) in t.iter_mut().enumerate() {
        let mut c = i as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
        *e = c;
    }
    t
}

/// The running CRC-32 register (pre- and post-inverted by the caller).
fn crc_update(mut c: u32, data: &[u8]) -> u32 {
    let t = crc_table();
    for &b in data {
        c = t[((c ^ b as u32) & 0xFF) as usize] ^ (c >> 8);
    }
    c
}

fn crc32(data: &[u8]) -> u32 {
    !crc_update(!0, data)
}

/// Multiplies a 32x32 matrix over GF(2) (one column per word) by a vector.
fn gf2_times(mat: &[u32; 32], mut vec: u32) -> u32 {
    let mut sum = 0;
    let mut i = 0;
    while vec != 0 {
        if vec & 1 != 0 {
            sum ^= mat[i];
        }
        vec >>= 1;
        i += 1;
    }
    sum
}

fn gf2_square(mat: &[u32; 32]) -> [u32; 32] {
    let mut sq = [0; 32];
    for (n, s) in sq.iter_mut().enumerate() {
        *s = gf2_times(mat, mat[n]);
    }
    sq
}

/// The CRC-32 register after `n` more zero bytes, in O(log n): feeding a
/// zero byte is a linear map of the register, raised to the n-th power by
/// squaring.
fn crc_zeros(mut c: u32, mut n: u64) -> u32 {
    // The map for one zero bit, then squared three times: one zero byte.
    let mut m = [0u32; 32];
    m[0] = 0xEDB8_8320;
    for (i, e) in m.iter_mut().enumerate().skip(1) {
        *e = 1 << (i - 1);
    }
    for _ in 0..3 {
        m = gf2_square(&m);
    }
    while n != 0 {
        if n & 1 != 0 {
            c = gf2_times(&m, c);
        }
        m = gf2_square(&m);
        n >>= 1;
    }
    c
}

// ------------------------------------------------------------------ deflate

/// Writes bits least significant first, as deflate packs them.
#[derive(Default)]
struct Bits {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl Bits {
    fn put(&mut self, value: u32, count: u32) {
        self.acc |= (value as u64) << self.n;
        self.n += count;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }

    /// A Huffman code: its bits go most significant first.
    fn code(&mut self, code: u32, len: u32) {
        let rev = code.reverse_bits() >> (32 - len);
        self.put(rev, len);
    }

    /// `count` zero bits, quickly.
    fn zeros(&mut self, mut count: u64) {
        while count > 0 && self.n != 0 {
            self.put(0, 1);
            count -= 1;
        }
        let bytes = count / 8;
        self.out.resize(self.out.len() + bytes as usize, 0);
        for _ in 0..count % 8 {
            self.put(0, 1);
        }
    }

    fn finish(mut self) -> Vec<u8> {
        if self.n > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}

/// Deflate's fixed Huffman code for a literal/length symbol.
fn fixed_litlen(b: &mut Bits, sym: u32) {
    match sym {
        0..=143 => b.code(0x30 + sym, 8),
        144..=255 => b.code(0x190 + sym - 144, 9),
        256..=279 => b.code(sym - 256, 7),
        _ => b.code(0xC0 + sym - 280, 8),
    }
}

/// A match of `len` (3..=258) bytes at distance 1, in the fixed code.
fn fixed_match(b: &mut Bits, len: u32) {
    const BASE: [u32; 29] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
        131, 163, 195, 227, 258,
    ];
    const EXTRA: [u32; 29] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ];
    let i = BASE.iter().rposition(|&base| base <= len).unwrap_or(0);
    fixed_litlen(b, 257 + i as u32);
    b.put(len - BASE[i], EXTRA[i]);
    b.code(0, 5); // distance code 0: distance 1
}

/// Fixed-Huffman deflate of `data` (runs of a repeated byte become matches
/// at distance 1); `last` marks the final block.
fn deflate_fixed_into(b: &mut Bits, data: &[u8], last: bool) {
    b.put(last as u32, 1);
    b.put(1, 2); // fixed Huffman codes
    let mut i = 0;
    while i < data.len() {
        let run = if i > 0 {
            data[i..]
                .iter()
                .take(258)
                .take_while(|&&x| x == data[i - 1])
                .count()
        } else {
            0
        };
        if run >= 3 {
            fixed_match(b, run as u32);
            i += run;
        } else {
            fixed_litlen(b, data[i] as u32);
            i += 1;
        }
    }
    fixed_litlen(b, 256);
}

fn deflate(data: &[u8]) -> Vec<u8> {
    let mut b = Bits::default();
    deflate_fixed_into(&mut b, data, true);
    b.finish()
}

/// Deflate of `prefix` followed by `zeros` zero bytes: the prefix and one
/// zero in a fixed block, then one dynamic block whose codes are
/// length 258 = `0`, literal 0 = `10`, end of block = `11`, distance 1 =
/// `0`, so each 258 zeros take two bits.
fn deflate_zeros(prefix: &[u8], zeros: u64) -> Vec<u8> {
    let mut b = Bits::default();
    let mut first = prefix.to_vec();
    first.push(0);
    deflate_fixed_into(&mut b, &first, false);
    b.put(1, 1); // final block
    b.put(2, 2); // dynamic Huffman codes
    b.put(286 - 257, 5); // HLIT: literal/length codes 0..=285
    b.put(2 - 1, 5); // HDIST: distance codes 0 and 1
    b.put(18 - 4, 4); // HCLEN: 18 code-length code lengths follow
                      // Code-length code lengths in deflate's order 16 17 18 0 8 7 9 6 10 5
                      // 11 4 12 3 13 2 14 1: symbol 18 (a run of zeros) 1 bit, symbols 1 and
                      // 2 (lengths 1 and 2) 2 bits.
    for len in [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2] {
        b.put(len, 3);
    }
    // Their canonical codes: 18 -> 0, 1 -> 10, 2 -> 11.
    let len2 = |b: &mut Bits| b.code(0b11, 2);
    let len1 = |b: &mut Bits| b.code(0b10, 2);
    let zero_run = |b: &mut Bits, n: u32| {
        b.code(0, 1);
        b.put(n - 11, 7);
    };
    len2(&mut b); // literal 0
    zero_run(&mut b, 138); // 1..=138
    zero_run(&mut b, 117); // 139..=255
    len2(&mut b); // 256, end of block
    zero_run(&mut b, 28); // 257..=284
    len1(&mut b); // 285, length 258
    len1(&mut b); // distance code 0
    len1(&mut b); // distance code 1 (unused; keeps the code complete)
    let left = zeros - 1;
    b.zeros(2 * (left / 258)); // each: length 258 `0`, distance 1 `0`
    for _ in 0..left % 258 {
        b.code(0b10, 2); // literal 0
    }
    b.code(0b11, 2); // end of block
    b.finish()
}

// ---------------------------------------------------------------------- zip

struct Member<'a> {
    name: &'a str,
    crc: u32,
    size: u64,
    packed: Vec<u8>,
}

/// A zip archive of deflated members.
fn zip(members: &[(&str, &[u8])]) -> Vec<u8> {
    let ms: Vec<Member> = members
        .iter()
        .map(|(name, data)| Member {
            name,
            crc: crc32(data),
            size: data.len() as u64,
            packed: deflate(data),
        })
        .collect();
    zip_members(&ms)
}

/// A zip with one member `a.npy`: `header` then `zeros` zero bytes.
fn zip_bomb(header: &[u8], zeros: u64) -> Vec<u8> {
    let crc = !crc_zeros(crc_update(!0, header), zeros);
    zip_members(&[Member {
        name: "a.npy",
        crc,
        size: header.len() as u64 + zeros,
        packed: deflate_zeros(header, zeros),
    }])
}

/// Zip64 extra fields are used where a size passes 4 GB, as Python's
/// `force_zip64` writes them.
fn zip_members(members: &[Member]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for m in members {
        let offset = out.len() as u32;
        let zip64 = m.size >= 0xFFFF_FFFF || m.packed.len() as u64 >= 0xFFFF_FFFF;
        let version: u16 = if zip64 { 45 } else { 20 };
        let (csize, usize_) = if zip64 {
            (0xFFFF_FFFF, 0xFFFF_FFFF)
        } else {
            (m.packed.len() as u32, m.size as u32)
        };
        let mut extra = Vec::new();
        if zip64 {
            extra.extend(1u16.to_le_bytes());
            extra.extend(16u16.to_le_bytes());
            extra.extend(m.size.to_le_bytes());
            extra.extend((m.packed.len() as u64).to_le_bytes());
        }
        // local file header
        out.extend(0x0403_4b50u32.to_le_bytes());
        out.extend(version.to_le_bytes());
        out.extend(0u16.to_le_bytes()); // flags
        out.extend(8u16.to_le_bytes()); // deflate
        out.extend(0u16.to_le_bytes()); // time
        out.extend(0x21u16.to_le_bytes()); // date: 1980-01-01
        out.extend(m.crc.to_le_bytes());
        out.extend(csize.to_le_bytes());
        out.extend(usize_.to_le_bytes());
        out.extend((m.name.len() as u16).to_le_bytes());
        out.extend((extra.len() as u16).to_le_bytes());
        out.extend(m.name.as_bytes());
        out.extend(&extra);
        out.extend(&m.packed);
        // central directory entry
        central.extend(0x0201_4b50u32.to_le_bytes());
        central.extend(version.to_le_bytes()); // made by
        central.extend(version.to_le_bytes()); // needed
        central.extend(0u16.to_le_bytes());
        central.extend(8u16.to_le_bytes());
        central.extend(0u16.to_le_bytes());
        central.extend(0x21u16.to_le_bytes());
        central.extend(m.crc.to_le_bytes());
        central.extend(csize.to_le_bytes());
        central.extend(usize_.to_le_bytes());
        central.extend((m.name.len() as u16).to_le_bytes());
        central.extend((extra.len() as u16).to_le_bytes());
        central.extend(0u16.to_le_bytes()); // comment
        central.extend(0u16.to_le_bytes()); // disk
        central.extend(0u16.to_le_bytes()); // internal attributes
        central.extend(0u32.to_le_bytes()); // external attributes
        central.extend(offset.to_le_bytes());
        central.extend(m.name.as_bytes());
        central.extend(&extra);
    }
    let cd_offset = out.len() as u32;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out.extend((members.len() as u16).to_le_bytes());
    out.extend((members.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(cd_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}
