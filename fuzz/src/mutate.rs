//! The mutator: small edits of a corpus program (a number, a string, a
//! builtin name, an argument list, a line) that keep most of it valid, plus
//! splices of lines from other programs and statements from the generator.

use crate::gen::{Catalog, Gen};
use rand::rngs::SmallRng;
use rand::seq::SliceRandom;
use rand::Rng;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tok {
    Ident,
    Int,
    Float,
    Str,
    Punct,
    Space,
    Comment,
}

/// A rough tokenizer of arr source: enough to find numbers, strings,
/// names and brackets.
pub fn tokens(src: &str) -> Vec<(Tok, std::ops::Range<usize>)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let c = b[i];
        let kind = if c == b'#' {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            Tok::Comment
        } else if c.is_ascii_whitespace() {
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            Tok::Space
        } else if c == b'"' || c == b'\'' {
            i += 1;
            while i < b.len() && b[i] != c && b[i] != b'\n' {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i = (i + 1).min(b.len());
            Tok::Str
        } else if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            let mut float = false;
            while i < b.len() {
                let d = b[i];
                if d.is_ascii_digit() || d == b'_' {
                    i += 1;
                } else if d == b'.' && b.get(i + 1) != Some(&b'.') {
                    float = true;
                    i += 1;
                } else if (d == b'e' || d == b'E')
                    && b.get(i + 1)
                        .is_some_and(|&n| n.is_ascii_digit() || n == b'-' || n == b'+')
                {
                    float = true;
                    i += 2;
                } else {
                    break;
                }
            }
            if float {
                Tok::Float
            } else {
                Tok::Int
            }
        } else if c.is_ascii_alphabetic() || c == b'_' {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            Tok::Ident
        } else {
            // one character (UTF-8 continuation bytes stay with it)
            i += 1;
            while i < b.len() && (b[i] & 0xC0) == 0x80 {
                i += 1;
            }
            Tok::Punct
        };
        out.push((kind, start..i.min(b.len())));
    }
    out
}

const NUMBERS: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "3",
    "1000",
    "2**31",
    "2**32",
    "2**62",
    "2**63 - 1",
    "-2**63",
    "10**12",
    "10**18",
    "0.0",
    "-0.0",
    "nan",
    "inf",
    "-inf",
    "1e308",
    "5e-324",
    "1.5",
];

pub struct Mutator<'a> {
    pub cat: &'a Catalog,
    pub corpus: &'a [String],
}

impl Mutator<'_> {
    /// One to three edits of `src`.
    pub fn mutate(&self, rng: &mut SmallRng, src: &str) -> String {
        let mut s = src.to_string();
        let n = rng.gen_range(1..=3);
        for _ in 0..n {
            s = self.once(rng, &s);
        }
        s
    }

    fn once(&self, rng: &mut SmallRng, src: &str) -> String {
        let toks = tokens(src);
        let pick_tok = |rng: &mut SmallRng, kind: &[Tok]| {
            let c: Vec<&(Tok, std::ops::Range<usize>)> =
                toks.iter().filter(|(k, _)| kind.contains(k)).collect();
            c.choose(rng).map(|(_, r)| r.clone())
        };
        let splice = |r: std::ops::Range<usize>, with: &str| {
            format!("{}{}{}", &src[..r.start], with, &src[r.end..])
        };
        match rng.gen_range(0..12) {
            0 | 1 => match pick_tok(rng, &[Tok::Int, Tok::Float]) {
                Some(r) => {
                    let n = NUMBERS.choose(rng).copied().unwrap_or("0");
                    splice(r, &format!("({n})"))
                }
                None => self.insert_stmt(rng, src),
            },
            2 => match pick_tok(rng, &[Tok::Str]) {
                Some(r) => {
                    let path = rng.gen_bool(0.5);
                    let mut g = self.gen(rng);
                    let with = if path { g.fresh_path() } else { g.fresh_text() };
                    splice(r, &with)
                }
                None => self.insert_stmt(rng, src),
            },
            3 | 4 => {
                // a builtin's name for another's
                let builtins: Vec<std::ops::Range<usize>> = toks
                    .iter()
                    .filter(|(k, r)| *k == Tok::Ident && self.cat.sig(&src[r.clone()]).is_some())
                    .map(|(_, r)| r.clone())
                    .collect();
                match builtins.choose(rng) {
                    Some(r) => {
                        let other = self.cat.sigs.choose(rng).map(|s| s.name.as_str());
                        splice(r.clone(), other.unwrap_or("sum"))
                    }
                    None => self.insert_stmt(rng, src),
                }
            }
            5 => {
                // an argument list for a new one
                let opens: Vec<usize> = toks
                    .iter()
                    .enumerate()
                    .filter(|(i, (k, r))| {
                        *k == Tok::Punct
                            && &src[r.clone()] == "("
                            && *i > 0
                            && toks[i - 1].0 == Tok::Ident
                    })
                    .map(|(i, _)| i)
                    .collect();
                match opens.choose(rng).and_then(|&i| matching(src, &toks, i)) {
                    Some((open, close)) => {
                        let mut g = self.gen(rng);
                        let call = g.builtin_call(1);
                        let args = call
                            .split_once('(')
                            .map(|(_, a)| a.trim_end_matches(')'))
                            .unwrap_or("");
                        format!("{}{}{}", &src[..open + 1], args, &src[close..])
                    }
                    None => self.insert_stmt(rng, src),
                }
            }
            6 => self.insert_stmt(rng, src),
            7 => {
                let mut lines: Vec<&str> = src.lines().collect();
                if lines.len() > 1 {
                    let i = rng.gen_range(0..lines.len());
                    lines.remove(i);
                }
                lines.join("\n")
            }
            8 => {
                let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
                if !lines.is_empty() {
                    let i = rng.gen_range(0..lines.len());
                    let l = lines[i].clone();
                    lines.insert(i, l);
                }
                lines.join("\n")
            }
            9 => {
                // lines from another program
                let Some(other) = self.corpus.choose(rng) else {
                    return self.insert_stmt(rng, src);
                };
                let theirs: Vec<&str> = other.lines().collect();
                let mut lines: Vec<&str> = src.lines().collect();
                if theirs.is_empty() {
                    return src.to_string();
                }
                let a = rng.gen_range(0..theirs.len());
                let b = (a + rng.gen_range(1..=4)).min(theirs.len());
                let at = rng.gen_range(0..=lines.len());
                for (k, l) in theirs[a..b].iter().enumerate() {
                    lines.insert(at + k, l);
                }
                lines.join("\n")
            }
            10 => match pick_tok(rng, &[Tok::Ident, Tok::Int, Tok::Float]) {
                // wrap a value in a call
                Some(r) => {
                    let f = self
                        .cat
                        .sigs
                        .choose(rng)
                        .map(|s| s.name.clone())
                        .unwrap_or_default();
                    let inner = &src[r.clone()];
                    splice(r, &format!("{f}({inner})"))
                }
                None => self.insert_stmt(rng, src),
            },
            _ => match pick_tok(rng, &[Tok::Ident, Tok::Int, Tok::Float]) {
                // a value for a generated expression
                Some(r) => {
                    let mut g = self.gen(rng);
                    let e = g.builtin_call(2);
                    splice(r, &e)
                }
                None => self.insert_stmt(rng, src),
            },
        }
    }

    fn gen<'r>(&self, rng: &'r mut SmallRng) -> Gen<'r>
    where
        Self: 'r,
    {
        Gen::new(rng, self.cat)
    }

    fn insert_stmt(&self, rng: &mut SmallRng, src: &str) -> String {
        let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
        let at = rng.gen_range(0..=lines.len());
        let stmt = {
            let mut g = Gen::new(rng, self.cat);
            g.statement()
        };
        lines.insert(at, stmt);
        lines.join("\n")
    }
}

/// The byte offsets of the bracket at token `open` and of its match.
pub fn matching(
    src: &str,
    toks: &[(Tok, std::ops::Range<usize>)],
    open: usize,
) -> Option<(usize, usize)> {
    let o = &src[toks[open].1.clone()];
    let c = match o {
        "(" => ")",
        "[" => "]",
        "{" => "}",
        _ => return None,
    };
    let mut depth = 0;
    for (k, r) in &toks[open..] {
        if *k != Tok::Punct {
            continue;
        }
        let t = &src[r.clone()];
        if t == o {
            depth += 1;
        } else if t == c {
            depth -= 1;
            if depth == 0 {
                return Some((toks[open].1.start, r.start));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizer_finds_numbers_strings_and_names() {
        let src = "x = load(\"a.npy\") + 1.5e3 # c\ny[2] = 10";
        let kinds: Vec<(Tok, &str)> = tokens(src)
            .into_iter()
            .filter(|(k, _)| *k != Tok::Space)
            .map(|(k, r)| (k, &src[r]))
            .collect();
        assert!(kinds.contains(&(Tok::Str, "\"a.npy\"")));
        assert!(kinds.contains(&(Tok::Float, "1.5e3")));
        assert!(kinds.contains(&(Tok::Int, "10")));
        assert!(kinds.contains(&(Tok::Ident, "load")));
        assert!(kinds.contains(&(Tok::Comment, "# c")));
        let src = "a[1:3]";
        let t = tokens(src);
        assert_eq!(matching(src, &t, 1), Some((1, 5)));
    }
}
