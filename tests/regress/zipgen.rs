//! Zip archives with deflated members, written by hand (CRC-32, fixed and
//! dynamic Huffman deflate, zip64 fields), so that `bad_files` can make
//! archives no zip library would: zip bombs of terabytes in a few bytes,
//! members whose deflate stream breaks in the middle.

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
pub fn zip(members: &[(&str, &[u8])]) -> Vec<u8> {
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
pub fn zip_bomb(header: &[u8], zeros: u64) -> Vec<u8> {
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
