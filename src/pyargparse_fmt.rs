//! Help and usage formatting for `pyargparse`: CPython 3.11.7's
//! `HelpFormatter`, plus the parts of `textwrap`, `repr()` and
//! `%`-formatting that it relies on.

use super::{py_isspace, Action, ArgSpec, ArgType, ArgVal, Nargs, Parser};

/// Largest `%` width or precision honoured in help strings (larger ones
/// are left literal instead of allocating).
const MAX_PAD: usize = 10_000;

/// Parses a `%` width/precision: empty is 0, too large is `None`.
fn pad_number(digits: &str) -> Option<usize> {
    if digits.is_empty() {
        return Some(0);
    }
    digits.parse().ok().filter(|&w| w <= MAX_PAD)
}

/// Python `%`-formatting with a mapping; unsupported specs stay literal.
pub(super) fn percent_format(text: &str, lookup: &dyn Fn(&str) -> Option<ArgVal>) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(p) = rest.find('%') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        if let Some(r) = rest.strip_prefix("%%") {
            out.push('%');
            rest = r;
            continue;
        }
        match percent_spec(rest, lookup) {
            Some((s, used)) => {
                out.push_str(&s);
                rest = &rest[used..];
            }
            None => {
                out.push('%');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// One `%(key)[flags][width][.prec][hlL]conv` at the start of `s`.
fn percent_spec(s: &str, lookup: &dyn Fn(&str) -> Option<ArgVal>) -> Option<(String, usize)> {
    let body = s.strip_prefix("%(")?;
    let close = body.find(')')?;
    let value = lookup(&body[..close])?;
    let spec = &body[close + 1..];
    let flags_len = spec
        .find(|c: char| !"-+ #0".contains(c))
        .unwrap_or(spec.len());
    let flags = &spec[..flags_len];
    let after = &spec[flags_len..];
    let width_len = after
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(after.len());
    let width = pad_number(&after[..width_len])?;
    let mut after = &after[width_len..];
    let mut prec = None;
    if let Some(p) = after.strip_prefix('.') {
        let n = p.find(|c: char| !c.is_ascii_digit()).unwrap_or(p.len());
        prec = Some(pad_number(&p[..n])?);
        after = &p[n..];
    }
    after = after.strip_prefix(['h', 'l', 'L']).unwrap_or(after);
    let conv = after.chars().next()?;
    let alt = flags.contains('#');
    let (sign_prefix, digits) = match conv {
        's' | 'r' | 'a' => {
            let t = match conv {
                's' => value.py_str(),
                'r' => value.py_repr(),
                _ => py_ascii(&value.py_repr()),
            };
            let t: String = t.chars().take(prec.unwrap_or(usize::MAX)).collect();
            (String::new(), t)
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => format_int(&value, conv, prec, alt)?,
        'f' | 'F' | 'e' | 'E' | 'g' | 'G' => format_float(value.number()?, conv, prec, alt),
        _ => return None,
    };
    let mut sign_prefix = sign_prefix;
    if conv != 's' && conv != 'r' && conv != 'a' && !sign_prefix.starts_with('-') {
        if flags.contains('+') {
            sign_prefix.insert(0, '+');
        } else if flags.contains(' ') {
            sign_prefix.insert(0, ' ');
        }
    }
    let len = sign_prefix.chars().count() + digits.chars().count();
    let pad = width.saturating_sub(len);
    let text = if flags.contains('-') {
        format!("{}{}{}", sign_prefix, digits, " ".repeat(pad))
    } else if flags.contains('0')
        && !"sra".contains(conv)
        && !digits.starts_with(['i', 'n', 'I', 'N'])
    {
        format!("{}{}{}", sign_prefix, "0".repeat(pad), digits)
    } else {
        format!("{}{}{}", " ".repeat(pad), sign_prefix, digits)
    };
    Some((text, s.len() - after.len() + conv.len_utf8()))
}

/// Python `ascii()` applied to a `repr()` result.
fn py_ascii(repr: &str) -> String {
    let mut out = String::new();
    for c in repr.chars() {
        let u = c as u32;
        match u {
            0..=0x7f => out.push(c),
            0x80..=0xff => out.push_str(&format!("\\x{:02x}", u)),
            0x100..=0xffff => out.push_str(&format!("\\u{:04x}", u)),
            _ => out.push_str(&format!("\\U{:08x}", u)),
        }
    }
    out
}

/// `%d %i %u %x %X %o`: (sign and radix prefix, digits).
fn format_int(v: &ArgVal, conv: char, prec: Option<usize>, alt: bool) -> Option<(String, String)> {
    let (neg, mut digits) = match (v, conv) {
        (ArgVal::Bool(b), _) => (false, u8::from(*b).to_string()),
        (ArgVal::Int(i), 'x') => (*i < 0, format!("{:x}", i.unsigned_abs())),
        (ArgVal::Int(i), 'X') => (*i < 0, format!("{:X}", i.unsigned_abs())),
        (ArgVal::Int(i), 'o') => (*i < 0, format!("{:o}", i.unsigned_abs())),
        (ArgVal::Int(i), _) => (*i < 0, i.unsigned_abs().to_string()),
        (ArgVal::Float(f), 'd' | 'i' | 'u') if f.is_finite() => {
            let t = f.trunc();
            (t < 0.0, format!("{:.0}", t.abs()))
        }
        _ => return None,
    };
    if let Some(p) = prec {
        if digits.len() < p {
            digits = format!("{}{}", "0".repeat(p - digits.len()), digits);
        }
    }
    let mut prefix = String::from(if neg { "-" } else { "" });
    if alt && "xXo".contains(conv) {
        prefix.push('0');
        prefix.push(if conv == 'X' {
            'X'
        } else if conv == 'x' {
            'x'
        } else {
            'o'
        });
    }
    Some((prefix, digits))
}

/// Splits Rust's `{:.*e}` output into mantissa and exponent.
fn sci_parts(x: f64, decimals: usize) -> (String, i32) {
    let t = format!("{:.*e}", decimals, x);
    let (m, e) = t.split_once('e').unwrap_or((&t, "0"));
    (m.to_string(), e.parse().unwrap_or(0))
}

/// `%f %F %e %E %g %G`: (sign, digits).
fn format_float(x: f64, conv: char, prec: Option<usize>, alt: bool) -> (String, String) {
    let sign = if x.is_sign_negative() && !x.is_nan() {
        "-"
    } else {
        ""
    }
    .to_string();
    let upper = conv.is_ascii_uppercase();
    let x = x.abs();
    if !x.is_finite() {
        let t = if x.is_nan() { "nan" } else { "inf" };
        return (
            sign,
            if upper {
                t.to_uppercase()
            } else {
                t.to_string()
            },
        );
    }
    let p = prec.unwrap_or(6);
    let sci = |decimals: usize| {
        let (m, e) = sci_parts(x, decimals);
        let dot = if alt && decimals == 0 { "." } else { "" };
        let sign = if e < 0 { '-' } else { '+' };
        format!("{}{}e{}{:02}", m, dot, sign, e.abs())
    };
    let mut out = match conv.to_ascii_lowercase() {
        'f' => format!("{:.*}{}", p, x, if alt && p == 0 { "." } else { "" }),
        'e' => sci(p),
        _ => {
            let p = p.max(1);
            let (_, exp) = sci_parts(x, p - 1);
            let mut t = if (-4..p as i32).contains(&exp) {
                let decimals = (p as i32 - 1 - exp) as usize;
                format!(
                    "{:.*}{}",
                    decimals,
                    x,
                    if alt && decimals == 0 { "." } else { "" }
                )
            } else {
                sci(p - 1)
            };
            if !alt {
                let (mant, exp_part) = match t.find('e') {
                    Some(k) => (t[..k].to_string(), t[k..].to_string()),
                    None => (t.clone(), String::new()),
                };
                let mant = if mant.contains('.') {
                    mant.trim_end_matches('0').trim_end_matches('.').to_string()
                } else {
                    mant
                };
                t = mant + &exp_part;
            }
            t
        }
    };
    if upper {
        out = out.to_uppercase();
    }
    (sign, out)
}

// ------------------------------------------------------- usage

/// `_format_usage`: `usage: ...\n\n`, wrapped to `width`.
pub(super) fn usage_block(p: &Parser, width: i64) -> String {
    let prefix = "usage: ";
    if p.args.is_empty() {
        return format!("{}{}\n\n", prefix, p.prog);
    }
    let opts: Vec<&ArgSpec> = p.args.iter().filter(|a| !a.is_positional()).collect();
    let pos: Vec<&ArgSpec> = p.args.iter().filter(|a| a.is_positional()).collect();
    let all: Vec<&ArgSpec> = opts.iter().chain(&pos).copied().collect();
    let action_usage = actions_usage(&all);
    let usage = [p.prog.as_str(), action_usage.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if (prefix.len() + usage.chars().count()) as i64 <= width {
        return format!("{}{}\n\n", prefix, usage);
    }
    let opt_parts = usage_parts(&actions_usage(&opts));
    let pos_parts = usage_parts(&actions_usage(&pos));
    let prog = p.prog.clone();
    let plen = prog.chars().count() as i64;
    let lines = if 4 * (prefix.len() as i64 + plen) <= 3 * width {
        let indent = " ".repeat(prefix.len() + plen as usize + 1);
        let head = |parts: &[String]| {
            let all: Vec<String> = std::iter::once(prog.clone())
                .chain(parts.iter().cloned())
                .collect();
            get_lines(&all, &indent, Some(prefix), width)
        };
        if !opt_parts.is_empty() {
            let mut lines = head(&opt_parts);
            lines.extend(get_lines(&pos_parts, &indent, None, width));
            lines
        } else if !pos_parts.is_empty() {
            head(&pos_parts)
        } else {
            vec![prog]
        }
    } else {
        let indent = " ".repeat(prefix.len());
        let parts: Vec<String> = opt_parts.iter().chain(&pos_parts).cloned().collect();
        let mut lines = get_lines(&parts, &indent, None, width);
        if lines.len() > 1 {
            lines = get_lines(&opt_parts, &indent, None, width);
            lines.extend(get_lines(&pos_parts, &indent, None, width));
        }
        std::iter::once(prog).chain(lines).collect()
    };
    format!("{}{}\n\n", prefix, lines.join("\n"))
}

fn get_lines(parts: &[String], indent: &str, prefix: Option<&str>, width: i64) -> Vec<String> {
    let ilen = indent.chars().count() as i64;
    let mut lines = Vec::new();
    let mut line: Vec<&str> = Vec::new();
    let mut line_len = prefix.map_or(ilen, |p| p.chars().count() as i64) - 1;
    for part in parts {
        let plen = part.chars().count() as i64;
        if line_len + 1 + plen > width && !line.is_empty() {
            lines.push(format!("{}{}", indent, line.join(" ")));
            line.clear();
            line_len = ilen - 1;
        }
        line.push(part);
        line_len += plen + 1;
    }
    if !line.is_empty() {
        lines.push(format!("{}{}", indent, line.join(" ")));
    }
    if prefix.is_some() {
        if let Some(first) = lines.first_mut() {
            *first = first[indent.len()..].to_string();
        }
    }
    lines
}

/// `re.findall(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+', text)`.
fn usage_parts(text: &str) -> Vec<String> {
    let t: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let end = bracket_part(&t, i).or_else(|| {
            let k = (i..t.len()).find(|&k| py_isspace(t[k])).unwrap_or(t.len());
            (k > i).then_some(k)
        });
        match end {
            Some(e) => {
                out.push(t[i..e].iter().collect());
                i = e;
            }
            None => i += 1,
        }
    }
    out
}

fn bracket_part(t: &[char], i: usize) -> Option<usize> {
    let close = match t[i] {
        '(' => ')',
        '[' => ']',
        _ => return None,
    };
    for k in i + 1..t.len() {
        if t[k] == close {
            let m = (k..t.len()).find(|&m| t[m] != close).unwrap_or(t.len());
            if m == t.len() || py_isspace(t[m]) {
                return Some(m);
            }
        }
        if t[k] == '\n' {
            return None;
        }
    }
    None
}

/// `_format_actions_usage` (no groups).
fn actions_usage(actions: &[&ArgSpec]) -> String {
    let parts: Vec<String> = actions
        .iter()
        .filter(|a| !a.help_suppressed())
        .map(|a| {
            if a.is_positional() {
                return format_args(a, &a.dest());
            }
            let part = if a.takes_no_args() {
                a.names[0].clone()
            } else {
                format!(
                    "{} {}",
                    a.names[0],
                    format_args(a, &a.dest().to_uppercase())
                )
            };
            if a.required {
                part
            } else {
                format!("[{}]", part)
            }
        })
        .collect();
    let t: Vec<char> = parts.join(" ").chars().collect();
    let mut a = Vec::new();
    let mut k = 0;
    while k < t.len() {
        a.push(t[k]);
        k += if "[(".contains(t[k]) && t.get(k + 1) == Some(&' ') {
            2
        } else {
            1
        };
    }
    let mut b = Vec::new();
    let mut k = 0;
    while k < a.len() {
        if a[k] == ' ' && a.get(k + 1).is_some_and(|c| "])".contains(*c)) {
            k += 1;
        }
        b.push(a[k]);
        k += 1;
    }
    let mut c = String::new();
    let mut k = 0;
    while k < b.len() {
        if "[(".contains(b[k]) {
            let m = (k + 1..b.len()).find(|&m| b[m] != ' ').unwrap_or(b.len());
            if m < b.len() && "])".contains(b[m]) {
                k = m + 1;
                continue;
            }
        }
        c.push(b[k]);
        k += 1;
    }
    c.trim_matches(py_isspace).to_string()
}

fn metavar_of(a: &ArgSpec, default: &str) -> String {
    if let Some(m) = &a.metavar {
        return m.clone();
    }
    match &a.choices {
        Some(c) => {
            let strs: Vec<String> = c.iter().map(ArgVal::py_str).collect();
            format!("{{{}}}", strs.join(","))
        }
        None => default.to_string(),
    }
}

/// `_format_args`.
fn format_args(a: &ArgSpec, default: &str) -> String {
    if a.takes_no_args() {
        return String::new();
    }
    let m = metavar_of(a, default);
    match a.nargs {
        Nargs::One => m,
        Nargs::Optional => format!("[{}]", m),
        Nargs::ZeroOrMore => format!("[{} ...]", m),
        Nargs::OneOrMore => format!("{} [{} ...]", m, m),
        Nargs::Exactly(n) => vec![m; n].join(" "),
    }
}

/// `_format_action_invocation`.
pub(super) fn invocation(a: &ArgSpec) -> String {
    if a.is_positional() {
        return metavar_of(a, &a.dest());
    }
    if a.takes_no_args() {
        return a.names.join(", ");
    }
    let args = format_args(a, &a.dest().to_uppercase());
    let parts: Vec<String> = a.names.iter().map(|n| format!("{} {}", n, args)).collect();
    parts.join(", ")
}

// ------------------------------------------------------- help

/// Collapses `\n\n\n+`, strips newlines, ends with one newline.
pub(super) fn finish_help(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    let mut newlines = 0;
    for c in text.chars() {
        if c == '\n' {
            newlines += 1;
            if newlines <= 2 {
                out.push(c);
            }
        } else {
            newlines = 0;
            out.push(c);
        }
    }
    format!("{}\n", out.trim_matches('\n'))
}

/// `_format_text` at the top level (description, epilog).
pub(super) fn format_text(p: &Parser, text: &str, width: i64) -> String {
    let text = if text.contains("%(prog)") {
        percent_format(text, &|k| {
            (k == "prog").then(|| ArgVal::Str(p.prog.clone()))
        })
    } else {
        text.to_string()
    };
    format!("{}\n\n", wrap(&text, width.max(11)).join("\n"))
}

/// `_format_action` for an action in a section (indent 2).
pub(super) fn format_action(p: &Parser, a: &ArgSpec, width: i64, help_position: i64) -> String {
    let help_width = (width - help_position).max(11);
    let action_width = help_position - 4;
    let header = invocation(a);
    let help = a.help.as_deref().unwrap_or("");
    let mut indent_first = 0;
    let mut out = if help.is_empty() {
        format!("  {}\n", header)
    } else if header.chars().count() as i64 <= action_width {
        let pad = action_width as usize - header.chars().count();
        format!("  {}{}  ", header, " ".repeat(pad))
    } else {
        indent_first = help_position as usize;
        format!("  {}\n", header)
    };
    if !help.trim_matches(py_isspace).is_empty() {
        let text = expand_help(p, a);
        let lines = wrap(&text, help_width);
        if let Some((first, rest)) = lines.split_first() {
            out.push_str(&format!("{}{}\n", " ".repeat(indent_first), first));
            for line in rest {
                out.push_str(&format!("{}{}\n", " ".repeat(help_position as usize), line));
            }
        }
    } else if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// `_expand_help`: `help % params`.
fn expand_help(p: &Parser, a: &ArgSpec) -> String {
    let help = a.help.clone().unwrap_or_default();
    let lookup = |key: &str| -> Option<ArgVal> {
        let s = |v: &str| Some(ArgVal::Str(v.to_string()));
        let v = match key {
            "prog" => s(&p.prog),
            "dest" => s(&a.dest()),
            "help" => s(&help),
            "default" => Some(a.default_value()),
            "metavar" => a.metavar.as_deref().map_or(Some(ArgVal::None), s),
            "const" => Some(match (&a.const_, a.action) {
                (Some(c), _) => c.clone(),
                (None, Action::StoreTrue) => ArgVal::Bool(true),
                (None, Action::StoreFalse) => ArgVal::Bool(false),
                _ => ArgVal::None,
            }),
            "type" => match a.ty {
                ArgType::Str => Some(ArgVal::None),
                ArgType::Int => s("int"),
                ArgType::Float => s("float"),
            },
            "nargs" if a.takes_no_args() => Some(ArgVal::Int(0)),
            "nargs" => match a.nargs {
                Nargs::One => Some(ArgVal::None),
                Nargs::Optional => s("?"),
                Nargs::ZeroOrMore => s("*"),
                Nargs::OneOrMore => s("+"),
                Nargs::Exactly(n) => Some(ArgVal::Int(n as i64)),
            },
            "choices" => Some(match &a.choices {
                Some(c) => ArgVal::Str(c.iter().map(ArgVal::py_str).collect::<Vec<_>>().join(", ")),
                None => ArgVal::None,
            }),
            "required" => Some(ArgVal::Bool(a.is_required())),
            "option_strings" => Some(ArgVal::List(
                a.option_strings()
                    .iter()
                    .map(|o| ArgVal::Str(o.clone()))
                    .collect(),
            )),
            _ => None,
        };
        v.filter(|v| !v.is_suppress())
    };
    percent_format(&help, &lookup)
}

// ------------------------------------------------------- textwrap

fn is_tw_space(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ')
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_letter(c: char) -> bool {
    is_word(c) && !c.is_numeric()
}

fn is_word_punct(c: char) -> bool {
    is_word(c) || "!\"'&.,?".contains(c)
}

/// argparse's whitespace squeeze followed by `textwrap.wrap(text, width)`.
fn wrap(text: &str, width: i64) -> Vec<String> {
    let mut squeezed = String::with_capacity(text.len());
    for c in text.chars() {
        let ascii_space = matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{b}' | '\u{c}');
        if !(ascii_space && squeezed.ends_with(' ')) {
            squeezed.push(if ascii_space { ' ' } else { c });
        }
    }
    let t: Vec<char> = squeezed.trim_matches(py_isspace).chars().collect();
    let mut chunks: Vec<Vec<char>> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let end = chunk_end(&t, i);
        chunks.push(
            t[i..end]
                .iter()
                .map(|&c| if is_tw_space(c) { ' ' } else { c })
                .collect(),
        );
        i = end;
    }
    chunks.reverse();
    wrap_chunks(chunks, width)
}

fn hyphens(t: &[char], k: usize) -> usize {
    t[k.min(t.len())..]
        .iter()
        .take_while(|&&c| c == '-')
        .count()
}

/// End of the `textwrap.TextWrapper.wordsep_re` match starting at `i`.
fn chunk_end(t: &[char], i: usize) -> usize {
    let at = |k: usize| t.get(k).copied();
    let letter = |k: usize| at(k).is_some_and(is_letter);
    let dash_word = |k: usize| {
        let n = hyphens(t, k);
        n >= 2 && at(k + n).is_some_and(is_word)
    };
    if is_tw_space(t[i]) {
        return (i..t.len())
            .find(|&k| !is_tw_space(t[k]))
            .unwrap_or(t.len());
    }
    if i > 0 && is_word_punct(t[i - 1]) && dash_word(i) {
        return i + hyphens(t, i);
    }
    let mut k = i + 1;
    loop {
        if at(k) == Some('-') {
            let behind = (k >= 2 && letter(k - 2) && letter(k - 1))
                || (k >= 3 && letter(k - 3) && at(k - 2) == Some('-') && letter(k - 1));
            let ahead =
                letter(k + 1) && (letter(k + 2) || (at(k + 2) == Some('-') && letter(k + 3)));
            if behind && ahead {
                return k + 1;
            }
        }
        match at(k) {
            None => return k,
            Some(c) if is_tw_space(c) => return k,
            _ => {}
        }
        if is_word_punct(t[k - 1]) && dash_word(k) {
            return k;
        }
        k += 1;
    }
}

fn is_blank(chunk: &[char]) -> bool {
    chunk.iter().all(|&c| py_isspace(c))
}

/// `TextWrapper._wrap_chunks` (no indents; chunks reversed).
fn wrap_chunks(mut chunks: Vec<Vec<char>>, width: i64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    while !chunks.is_empty() {
        if !lines.is_empty() && chunks.last().is_some_and(|c| is_blank(c)) {
            chunks.pop();
        }
        let mut cur: Vec<Vec<char>> = Vec::new();
        let mut cur_len = 0i64;
        while let Some(c) = chunks.last() {
            if cur_len + c.len() as i64 > width {
                break;
            }
            cur_len += c.len() as i64;
            cur.extend(chunks.pop());
        }
        if let Some(chunk) = chunks.last_mut() {
            if chunk.len() as i64 > width {
                let space_left = if width < 1 {
                    1
                } else {
                    (width - cur_len) as usize
                };
                let mut end = space_left.min(chunk.len());
                if chunk.len() > space_left {
                    let hyphen = chunk[..end].iter().rposition(|&c| c == '-');
                    if let Some(h) = hyphen.filter(|&h| h > 0) {
                        if chunk[..h].iter().any(|&c| c != '-') {
                            end = h + 1;
                        }
                    }
                }
                let tail = chunk.split_off(end);
                cur.push(std::mem::replace(chunk, tail));
            }
        }
        if cur.last().is_some_and(|c| is_blank(c)) {
            cur.pop();
        }
        if !cur.is_empty() {
            lines.push(cur.concat().into_iter().collect());
        }
    }
    lines
}
