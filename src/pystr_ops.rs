//! The `str` methods themselves, on typed arguments; `pystr.rs` binds and
//! checks the arguments. Positions are in chars (code points), as CPython
//! counts them; the work is done on the UTF-8 bytes.

use super::unicode::{is_linebreak, is_space};
use super::{memory_error, StrError, MAX_WIDTH};

/// The length in chars.
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The byte offset of char `idx` (the end when `idx` is past it).
fn byte_offset(s: &str, idx: usize) -> usize {
    if s.is_ascii() {
        return idx.min(s.len());
    }
    s.char_indices().nth(idx).map_or(s.len(), |(b, _)| b)
}

/// CPython's `ADJUST_INDICES`: `end` in `0..=len`, `start >= 0` (it may
/// pass `len`).
fn adjust(start: i64, end: i64, len: i64) -> (i64, i64) {
    let end = if end > len {
        len
    } else if end < 0 {
        (end + len).max(0)
    } else {
        end
    };
    let start = if start < 0 {
        (start + len).max(0)
    } else {
        start
    };
    (start, end)
}

/// `s[start:end]` for `0 <= start <= end <= len` in chars.
fn slice_chars(s: &str, start: i64, end: i64) -> &str {
    let b0 = byte_offset(s, usize::try_from(start).unwrap_or(0));
    let b1 = byte_offset(s, usize::try_from(end).unwrap_or(0));
    s.get(b0..b1.max(b0)).unwrap_or("")
}

/// `find`/`rfind`: the char index of `sub` in `s[start:end]`, or -1.
pub fn find(s: &str, sub: &str, start: i64, end: i64, rev: bool) -> i64 {
    let (start, end) = adjust(start, end, char_len(s) as i64);
    if end - start < char_len(sub) as i64 {
        return -1;
    }
    let hay = slice_chars(s, start, end);
    let at = if rev { hay.rfind(sub) } else { hay.find(sub) };
    match at.and_then(|b| hay.get(..b)) {
        Some(head) => start + char_len(head) as i64,
        None => -1,
    }
}

/// `count`: non-overlapping occurrences; an empty `sub` is counted at
/// every position (`end - start + 1`).
pub fn count(s: &str, sub: &str, start: i64, end: i64) -> i64 {
    let (start, end) = adjust(start, end, char_len(s) as i64);
    if end - start < char_len(sub) as i64 {
        return 0;
    }
    if sub.is_empty() {
        return end - start + 1;
    }
    slice_chars(s, start, end).matches(sub).count() as i64
}

/// CPython's `tailmatch`: `startswith`/`endswith` on `s[start:end]`.
pub fn tailmatch(s: &str, sub: &str, start: i64, end: i64, suffix: bool) -> bool {
    let (start, end) = adjust(start, end, char_len(s) as i64);
    if end - start < char_len(sub) as i64 {
        return false;
    }
    let hay = slice_chars(s, start, end);
    if suffix {
        hay.ends_with(sub)
    } else {
        hay.starts_with(sub)
    }
}

/// `split`/`rsplit` (`rev`): `sep` is None (runs of whitespace) or
/// non-empty; a negative `maxsplit` is no limit.
pub fn split(s: &str, sep: Option<&str>, maxsplit: i64, rev: bool) -> Vec<String> {
    let max = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let mut parts: Vec<&str> = match (sep, rev) {
        (Some(sep), false) => s.splitn(max.saturating_add(1), sep).collect(),
        (Some(sep), true) => s.rsplitn(max.saturating_add(1), sep).collect(),
        (None, false) => split_whitespace(s, max),
        (None, true) => rsplit_whitespace(s, max),
    };
    if rev {
        parts.reverse();
    }
    parts.into_iter().map(str::to_string).collect()
}

/// CPython's `split_whitespace`: at most `max` splits; the rest keeps its
/// trailing whitespace.
fn split_whitespace(s: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if out.len() == max {
            out.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        let (word, tail) = rest.split_at(end);
        out.push(word);
        rest = tail.trim_start_matches(is_space);
    }
    out
}

/// CPython's `rsplit_whitespace`, the words last first.
fn rsplit_whitespace(s: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if out.len() == max {
            out.push(rest);
            break;
        }
        let start = rest
            .char_indices()
            .rev()
            .find(|&(_, c)| is_space(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let (head, word) = rest.split_at(start);
        out.push(word);
        rest = head.trim_end_matches(is_space);
    }
    out
}

/// `splitlines`: `\r\n` is one boundary; `keepends` keeps them.
pub fn splitlines(s: &str, keepends: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let Some((i, c)) = rest.char_indices().find(|&(_, c)| is_linebreak(c)) else {
            out.push(rest.to_string());
            break;
        };
        let mut next = i + c.len_utf8();
        if c == '\r' && rest.as_bytes().get(next) == Some(&b'\n') {
            next += 1;
        }
        let end = if keepends { next } else { i };
        out.push(rest.get(..end).unwrap_or("").to_string());
        rest = rest.get(next..).unwrap_or("");
    }
    out
}

/// `strip`/`lstrip`/`rstrip`: the chars of `chars`, or whitespace.
pub fn strip<'a>(s: &'a str, chars: Option<&str>, left: bool, right: bool) -> &'a str {
    let strip_it = |c: char| match chars {
        Some(set) => set.contains(c),
        None => is_space(c),
    };
    let mut out = s;
    if left {
        out = out.trim_start_matches(strip_it);
    }
    if right {
        out = out.trim_end_matches(strip_it);
    }
    out
}

/// Refuses a result of `chars` chars over [`MAX_WIDTH`].
fn check_len(chars: usize, what: &str) -> Result<(), StrError> {
    if chars > MAX_WIDTH as usize {
        return Err(memory_error(what));
    }
    Ok(())
}

/// `replace`: the first `count` occurrences (all when negative); an empty
/// `old` matches before each char and at the end.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> Result<String, StrError> {
    let max = usize::try_from(count).unwrap_or(usize::MAX);
    let len = char_len(s);
    if max == 0 || len < char_len(old) {
        return Ok(s.to_string());
    }
    let n = if old.is_empty() {
        max.min(len.saturating_add(1))
    } else {
        s.matches(old).take(max).count()
    };
    let (old_len, new_len) = (char_len(old), char_len(new));
    if new_len > old_len {
        let grow = n.saturating_mul(new_len - old_len);
        check_len(len.saturating_add(grow), "result too large")?;
    }
    if !old.is_empty() {
        return Ok(s.replacen(old, new, n));
    }
    let mut out = String::with_capacity(s.len().saturating_add(n.saturating_mul(new.len())));
    let mut chars = s.chars();
    for k in 0..n {
        out.push_str(new);
        if k + 1 < n {
            if let Some(c) = chars.next() {
                out.push(c);
            }
        }
    }
    out.push_str(chars.as_str());
    Ok(out)
}

/// `expandtabs`: tabs to the next multiple of `tabsize` (removed when it
/// is not positive); `\n` and `\r` restart the column.
pub fn expandtabs(s: &str, tabsize: i64) -> Result<String, StrError> {
    let tab = usize::try_from(tabsize).unwrap_or(0);
    let (mut total, mut col) = (0usize, 0usize);
    for c in s.chars() {
        if c == '\t' {
            if tab > 0 {
                let incr = tab - col % tab;
                col = col.saturating_add(incr);
                total = total.saturating_add(incr);
            }
        } else {
            total += 1;
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    check_len(total, "result too large")?;
    let mut out = String::with_capacity(s.len() + total);
    col = 0;
    for c in s.chars() {
        if c == '\t' {
            if tab > 0 {
                let incr = tab - col % tab;
                col += incr;
                out.push_str(&" ".repeat(incr));
            }
        } else {
            out.push(c);
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(out)
}

/// The number of fill chars to reach `width`, or None when `s` is as wide.
fn fill_needed(s: &str, width: i64) -> Result<Option<usize>, StrError> {
    let len = char_len(s);
    let width = usize::try_from(width).unwrap_or(0);
    if width <= len {
        return Ok(None);
    }
    if width > MAX_WIDTH as usize {
        return Err(memory_error("width too large"));
    }
    Ok(Some(width - len))
}

/// `center`, `ljust`, `rjust` (by `name`) with one fill char.
pub fn pad(s: &str, width: i64, fill: char, name: &str) -> Result<String, StrError> {
    let Some(marg) = fill_needed(s, width)? else {
        return Ok(s.to_string());
    };
    let left = match name {
        "ljust" => 0,
        "rjust" => marg,
        // CPython's `marg / 2 + (marg & width & 1)`.
        _ => marg / 2 + (marg & (width as usize) & 1),
    };
    let fill = fill.to_string();
    let mut out = String::with_capacity(s.len() + marg * fill.len());
    out.push_str(&fill.repeat(left));
    out.push_str(s);
    out.push_str(&fill.repeat(marg - left));
    Ok(out)
}

/// `zfill`: zeros on the left, after a leading sign.
pub fn zfill(s: &str, width: i64) -> Result<String, StrError> {
    let Some(fill) = fill_needed(s, width)? else {
        return Ok(s.to_string());
    };
    let (sign, digits) = match s.strip_prefix(['+', '-']) {
        Some(rest) => (s.get(..1).unwrap_or(""), rest),
        None => ("", s),
    };
    let mut out = String::with_capacity(s.len() + fill);
    out.push_str(sign);
    out.push_str(&"0".repeat(fill));
    out.push_str(digits);
    Ok(out)
}

/// `partition`/`rpartition` (`rev`) on a non-empty `sep`.
pub fn partition(s: &str, sep: &str, rev: bool) -> Vec<String> {
    let at = if rev { s.rfind(sep) } else { s.find(sep) };
    let parts = match at {
        Some(i) => (
            s.get(..i).unwrap_or(""),
            sep,
            s.get(i + sep.len()..).unwrap_or(""),
        ),
        None if rev => ("", "", s),
        None => (s, "", ""),
    };
    vec![
        parts.0.to_string(),
        parts.1.to_string(),
        parts.2.to_string(),
    ]
}
