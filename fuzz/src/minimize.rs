//! Shrinks a failing input while it keeps failing with the same class:
//! drops lines, `;`-separated statements, runs of tokens and call
//! arguments, and shrinks integer literals, until nothing more goes or the
//! time budget is spent.

use crate::mutate::{matching, tokens, Tok};
use crate::runner::Verdict;
use std::collections::HashSet;
use std::time::Instant;

pub struct Minimizer<'a> {
    run: &'a mut dyn FnMut(&str) -> Verdict,
    class: String,
    deadline: Instant,
    tried: HashSet<String>,
    pub runs: usize,
}

impl<'a> Minimizer<'a> {
    pub fn new(run: &'a mut dyn FnMut(&str) -> Verdict, class: &str, deadline: Instant) -> Self {
        Minimizer {
            run,
            class: class.to_string(),
            deadline,
            tried: HashSet::new(),
            runs: 0,
        }
    }

    fn out_of_time(&self) -> bool {
        Instant::now() > self.deadline
    }

    /// Whether `cand` still fails with the class.
    fn fails(&mut self, cand: &str) -> bool {
        if self.out_of_time() || cand.trim().is_empty() || !self.tried.insert(cand.to_string()) {
            return false;
        }
        self.runs += 1;
        (self.run)(cand).class() == Some(self.class.as_str())
    }

    pub fn minimize(&mut self, input: &str) -> String {
        let mut cur = strip_comments(input);
        if cur != input && !self.fails(&cur) {
            cur = input.to_string();
        }
        loop {
            let before = cur.clone();
            cur = self.chunks(&cur, Unit::Line);
            cur = self.chunks(&cur, Unit::Statement);
            cur = self.chunks(&cur, Unit::Token);
            cur = self.groups(&cur);
            cur = self.arguments(&cur);
            cur = self.numbers(&cur);
            if cur == before || self.out_of_time() {
                let tidy = tidy(&cur);
                if tidy != cur && self.fails(&tidy) {
                    return tidy;
                }
                return cur;
            }
        }
    }

    /// ddmin over units: drop runs of n/2, n/4, ..., 1 units.
    fn chunks(&mut self, src: &str, unit: Unit) -> String {
        let mut parts = split(src, unit);
        let mut size = parts.len() / 2;
        while size >= 1 && !self.out_of_time() {
            let mut i = 0;
            while i < parts.len() && !self.out_of_time() {
                let mut cand = parts.clone();
                cand.drain(i..(i + size).min(parts.len()));
                let text = join(&cand, unit);
                if self.fails(&text) {
                    parts = cand;
                } else {
                    i += size;
                }
            }
            size /= 2;
        }
        join(&parts, unit)
    }

    /// Replaces a bracketed group by its inside, or empties it.
    fn groups(&mut self, src: &str) -> String {
        let mut cur = src.to_string();
        let mut k = 0;
        loop {
            if self.out_of_time() {
                return cur;
            }
            let toks = tokens(&cur);
            let opens: Vec<usize> = toks
                .iter()
                .enumerate()
                .filter(|(_, (t, r))| {
                    *t == Tok::Punct && matches!(&cur[r.clone()], "(" | "[" | "{")
                })
                .map(|(i, _)| i)
                .collect();
            let Some(&i) = opens.get(k) else {
                return cur;
            };
            let mut changed = false;
            if let Some((a, b)) = matching(&cur, &toks, i) {
                let inside = &cur[a + 1..b];
                let unwrapped = format!("{}{}{}", &cur[..a], inside, &cur[b + 1..]);
                let emptied = format!("{}{}{}", &cur[..a + 1], "", &cur[b..]);
                for cand in [emptied, unwrapped] {
                    if cand != cur && self.fails(&cand) {
                        cur = cand;
                        changed = true;
                        break;
                    }
                }
            }
            if !changed {
                k += 1;
            }
        }
    }

    /// Drops single arguments of calls, and replaces a call by an argument.
    fn arguments(&mut self, src: &str) -> String {
        let mut cur = src.to_string();
        let mut k = 0;
        loop {
            if self.out_of_time() {
                return cur;
            }
            let toks = tokens(&cur);
            let calls: Vec<usize> = toks
                .iter()
                .enumerate()
                .filter(|(i, (t, r))| {
                    *t == Tok::Punct
                        && &cur[r.clone()] == "("
                        && *i > 0
                        && toks[i - 1].0 == Tok::Ident
                })
                .map(|(i, _)| i)
                .collect();
            let Some(&i) = calls.get(k) else {
                return cur;
            };
            let mut changed = false;
            if let Some((a, b)) = matching(&cur, &toks, i) {
                let args = split_args(&cur[a + 1..b]);
                let name_start = toks[i - 1].1.start;
                let mut cands = Vec::new();
                for j in 0..args.len() {
                    let mut rest: Vec<&str> = args.iter().map(|s| s.trim()).collect();
                    rest.remove(j);
                    cands.push(format!("{}{}{}", &cur[..a + 1], rest.join(", "), &cur[b..]));
                }
                for arg in &args {
                    cands.push(format!(
                        "{}({}){}",
                        &cur[..name_start],
                        arg.trim(),
                        &cur[b + 1..]
                    ));
                }
                for cand in cands {
                    if self.fails(&cand) {
                        cur = cand;
                        changed = true;
                        break;
                    }
                }
            }
            if !changed {
                k += 1;
            }
        }
    }

    /// Makes integer literals smaller: 0, 1, 2, half, a tenth.
    fn numbers(&mut self, src: &str) -> String {
        let mut cur = src.to_string();
        let mut k = 0;
        loop {
            if self.out_of_time() {
                return cur;
            }
            let toks = tokens(&cur);
            let ints: Vec<std::ops::Range<usize>> = toks
                .iter()
                .filter(|(t, _)| *t == Tok::Int)
                .map(|(_, r)| r.clone())
                .collect();
            let Some(r) = ints.get(k).cloned() else {
                return cur;
            };
            let text = cur[r.clone()].replace('_', "");
            let mut changed = false;
            if let Ok(v) = text.parse::<u128>() {
                let mut smaller: Vec<u128> = vec![0, 1, 2, v / 2, v / 10];
                smaller.retain(|&c| c < v);
                smaller.dedup();
                for c in smaller {
                    let cand = format!("{}{}{}", &cur[..r.start], c, &cur[r.end..]);
                    if self.fails(&cand) {
                        cur = cand;
                        changed = true;
                        break;
                    }
                }
            }
            if !changed {
                k += 1;
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Unit {
    Line,
    Statement,
    Token,
}

fn split(src: &str, unit: Unit) -> Vec<String> {
    match unit {
        Unit::Line => src.lines().map(str::to_string).collect(),
        Unit::Statement => {
            // `;` outside strings, kept with what it ends
            let mut parts = Vec::new();
            let mut last = 0;
            for (t, r) in tokens(src) {
                if t == Tok::Punct && (&src[r.clone()] == ";" || &src[r.clone()] == "\n") {
                    parts.push(src[last..r.end].to_string());
                    last = r.end;
                }
            }
            parts.push(src[last..].to_string());
            parts
        }
        Unit::Token => {
            // a token with the space before it
            let mut parts = Vec::new();
            let mut pending = String::new();
            for (t, r) in tokens(src) {
                pending.push_str(&src[r]);
                if t != Tok::Space {
                    parts.push(std::mem::take(&mut pending));
                }
            }
            if !pending.is_empty() {
                parts.push(pending);
            }
            parts
        }
    }
}

fn join(parts: &[String], unit: Unit) -> String {
    match unit {
        Unit::Line => parts.join("\n"),
        _ => parts.concat(),
    }
}

/// Arguments of a call, split at top-level commas.
fn split_args(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut last = 0;
    for (t, r) in tokens(s) {
        if t != Tok::Punct {
            continue;
        }
        match &s[r.clone()] {
            "(" | "[" | "{" => depth += 1,
            ")" | "]" | "}" => depth -= 1,
            "," if depth == 0 => {
                out.push(s[last..r.start].to_string());
                last = r.end;
            }
            _ => {}
        }
    }
    if !s[last..].trim().is_empty() {
        out.push(s[last..].to_string());
    }
    out
}

/// Without the spaces that removals leave inside brackets, at the ends of
/// lines and around the text.
fn tidy(src: &str) -> String {
    let toks = tokens(src);
    let text = |i: usize| &src[toks[i].1.clone()];
    let mut out = String::new();
    for (i, (t, r)) in toks.iter().enumerate() {
        if *t == Tok::Space && !src[r.clone()].contains('\n') {
            let after_open = i > 0 && matches!(text(i - 1), "(" | "[");
            let before_close = i + 1 < toks.len() && matches!(text(i + 1), ")" | "]" | "," | ";");
            let at_end = i + 1 == toks.len() || src[toks[i + 1].1.clone()].starts_with('\n');
            if after_open || before_close || at_end {
                continue;
            }
            out.push(' ');
            continue;
        }
        out.push_str(&src[r.clone()]);
    }
    out.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

fn strip_comments(src: &str) -> String {
    let mut out = String::new();
    for (t, r) in tokens(src) {
        if t != Tok::Comment {
            out.push_str(&src[r]);
        }
    }
    out.lines()
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shrinks_to_the_failing_part() {
        // "Fails" when the text holds `boom(` with a number of at least 3
        // and its brackets balance (a stand-in for a syntax check).
        let mut run = |s: &str| {
            let balanced = s.matches('(').count() == s.matches(')').count()
                && s.matches('[').count() == s.matches(']').count();
            let hit = balanced && s.contains("boom(") && {
                let t = tokens(s);
                t.iter()
                    .any(|(k, r)| *k == Tok::Int && s[r.clone()].parse::<u64>().unwrap_or(0) >= 3)
            };
            if hit {
                Verdict::Fail {
                    class: "x".into(),
                    detail: String::new(),
                }
            } else {
                Verdict::Pass("ok".into())
            }
        };
        let deadline = Instant::now() + std::time::Duration::from_secs(5);
        let mut m = Minimizer::new(&mut run, "x", deadline);
        let out = m.minimize("a = 1\nb = [2, 3]\nc = boom(a, 100, zeros((3, 4)))\nprint(c)");
        assert_eq!(out, "boom(3)");
    }
}
