//! The common subset of Python 3.11's `argparse`, matching CPython 3.11.7's
//! parsing decisions, error messages, usage and help text byte for byte.
//!
//! Self-contained (depends only on `std`). Not modelled: subparsers,
//! argument groups, mutually exclusive groups, `store_const`/`append_const`/
//! `extend`/`version` actions, `nargs=REMAINDER`, metavar tuples, custom
//! `prefix_chars`, `allow_abbrev=False`, `fromfile_prefix_chars`.
//!
//! Known, deliberate differences from CPython (all are cases where Python
//! has big ints or raises an exception other than a parse error):
//! * `type=int` values outside `i64` fail with
//!   `argument X: integer out of range for arr's int64: '<text>'`.
//! * `count` defaults must be numbers or None and `append` defaults must be
//!   lists or None (Python crashes later with a TypeError/AttributeError).
//! * `nargs=N` is limited to [`MAX_NARGS`].
//! * A `%` sequence in help text that Python's `%` operator would reject
//!   (unknown key, `%c`, `%s` without a key, a stray `%`) or a width over
//!   10000 is kept literally; `%(type)s` shows `None` for `ArgType::Str`.
//! * `required` on a positional is rejected only when `true` (Python also
//!   rejects an explicit `required=False`); `type=str` on flag actions is
//!   not detected (it is the default), and the TypeError for other extra
//!   keywords names them in the order nargs, const, type, choices, metavar.
//! * Where Python crashes while formatting (its usage wrapper's internal
//!   assertion, reachable with metavars containing brackets, parentheses or
//!   spaces; help text that expands to only whitespace), this module still
//!   produces text.
//! * `repr()` uses `str.isprintable()` rules built from ranges; a few small
//!   gaps of unassigned code points print literally instead of escaped.

/// `argparse.SUPPRESS`, usable as a help string or a default.
pub const SUPPRESS: &str = "==SUPPRESS==";
/// Help width when not on a terminal and `COLUMNS` is unset (80 - 2).
pub const DEFAULT_WIDTH: usize = 78;
/// Largest `nargs=N` accepted.
pub const MAX_NARGS: usize = 10_000;

#[path = "pyargparse_fmt.rs"]
mod fmt;
#[path = "pyargparse_parse.rs"]
mod parse;

use fmt::{finish_help, format_action, format_text, invocation, usage_block};
use parse::{Halt, Run};

#[derive(Debug, Clone, PartialEq)]
pub enum ArgVal {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    List(Vec<ArgVal>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgType {
    Str,
    Int,
    Float,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Store,
    StoreTrue,
    StoreFalse,
    Count,
    Append,
    /// `action="help"` (added automatically as `-h/--help`).
    Help,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nargs {
    /// `nargs=None`
    One,
    /// `'?'`
    Optional,
    /// `'*'`
    ZeroOrMore,
    /// `'+'`
    OneOrMore,
    Exactly(usize),
}

/// The arguments of one `add_argument` call. `default: None` means the
/// keyword was not given (as opposed to `Some(ArgVal::None)`).
#[derive(Debug, Clone, PartialEq)]
pub struct ArgSpec {
    pub names: Vec<String>,
    pub action: Action,
    pub ty: ArgType,
    pub default: Option<ArgVal>,
    pub help: Option<String>,
    pub required: bool,
    pub choices: Option<Vec<ArgVal>>,
    pub nargs: Nargs,
    pub dest: Option<String>,
    pub metavar: Option<String>,
    pub const_: Option<ArgVal>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Parser {
    pub prog: String,
    pub description: Option<String>,
    pub epilog: Option<String>,
    pub args: Vec<ArgSpec>,
    /// Formatting width used by `parse`, `format_help`, `format_usage`.
    pub width: usize,
}

/// How `parse_args` ends instead of returning a namespace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    /// Text for stdout; exit status 0.
    Help(String),
    /// Full stderr text (usage + `prog: error: ...\n`); exit status 2.
    Error(String),
}

// ------------------------------------------------------- Python helpers

impl ArgVal {
    /// Python `repr(value)`.
    pub fn py_repr(&self) -> String {
        match self {
            ArgVal::Str(s) => py_str_repr(s),
            ArgVal::List(items) => {
                let parts: Vec<String> = items.iter().map(ArgVal::py_repr).collect();
                format!("[{}]", parts.join(", "))
            }
            other => other.py_str(),
        }
    }

    /// Python `str(value)`.
    pub fn py_str(&self) -> String {
        match self {
            ArgVal::None => "None".into(),
            ArgVal::Bool(b) => if *b { "True" } else { "False" }.into(),
            ArgVal::Int(i) => i.to_string(),
            ArgVal::Float(f) => py_float_repr(*f),
            ArgVal::Str(s) => s.clone(),
            ArgVal::List(_) => self.py_repr(),
        }
    }

    fn number(&self) -> Option<f64> {
        match self {
            ArgVal::Bool(b) => Some(f64::from(u8::from(*b))),
            ArgVal::Int(i) => Some(*i as f64),
            ArgVal::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// Python `==` (numbers compare across bool/int/float).
    fn py_eq(&self, other: &ArgVal) -> bool {
        match (self, other) {
            (ArgVal::Int(a), ArgVal::Int(b)) => a == b,
            (ArgVal::Str(a), ArgVal::Str(b)) => a == b,
            (ArgVal::None, ArgVal::None) => true,
            (ArgVal::List(a), ArgVal::List(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.py_eq(y))
            }
            _ => match (self.number(), other.number()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    fn is_suppress(&self) -> bool {
        matches!(self, ArgVal::Str(s) if s == SUPPRESS)
    }
}

/// Python `repr(float)`.
pub fn py_float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sci = format!("{:e}", f);
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
    let mut out = String::from(if mant.starts_with('-') { "-" } else { "" });
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let int_len = exp as usize + 1;
            let frac: String = digits.chars().skip(int_len).collect();
            out.extend(digits.chars().chain(std::iter::repeat('0')).take(int_len));
            out.push('.');
            out.push_str(if frac.is_empty() { "0" } else { &frac });
        } else {
            out.push_str("0.");
            out.push_str(&"0".repeat((-exp - 1) as usize));
            out.push_str(&digits);
        }
    } else {
        let (first, rest) = digits.split_at(1.min(digits.len()));
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        let sign = if exp < 0 { '-' } else { '+' };
        out.push_str(&format!("e{}{:02}", sign, exp.abs()));
    }
    out
}

fn is_printable(c: char) -> bool {
    let u = c as u32;
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    // Format (Cf), surrogate, private-use and large unassigned ranges.
    let not_printable: [(u32, u32); 29] = [
        (0xad, 0xad),
        (0x600, 0x605),
        (0x61c, 0x61c),
        (0x6dd, 0x6dd),
        (0x70f, 0x70f),
        (0x890, 0x891),
        (0x8e2, 0x8e2),
        (0x180e, 0x180e),
        (0x200b, 0x200f),
        (0x202a, 0x202e),
        (0x2060, 0x206f),
        (0xd800, 0xf8ff),
        (0xfdd0, 0xfdef),
        (0xfeff, 0xfeff),
        (0xfff9, 0xfffb),
        (0x110bd, 0x110bd),
        (0x110cd, 0x110cd),
        (0x12544, 0x12f8f),
        (0x13430, 0x143ff),
        (0x14647, 0x167ff),
        (0x18d09, 0x1afef),
        (0x1b2fc, 0x1bbff),
        (0x1bca0, 0x1ceff),
        (0x1d173, 0x1d17a),
        (0x2ebe1, 0x2f7ff),
        (0x2fa1e, 0x2ffff),
        (0x3134b, 0xdffff),
        (0xe0000, 0xe00ff),
        (0xe01f0, 0x10ffff),
    ];
    let nonchar = (u & 0xfffe) == 0xfffe;
    !nonchar && !not_printable.iter().any(|&(a, b)| (a..=b).contains(&u))
}

/// Python `repr(str)`.
pub fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        let u = c as u32;
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if is_printable(c) => out.push(c),
            _ if u < 0x100 => out.push_str(&format!("\\x{:02x}", u)),
            _ if u < 0x10000 => out.push_str(&format!("\\u{:04x}", u)),
            _ => out.push_str(&format!("\\U{:08x}", u)),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isspace()` for one character.
fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// The zero of each block of ten Unicode decimal digits (Unicode 14.0,
/// as used by CPython 3.11).
const DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII` followed by
/// stripping ASCII whitespace: the text `int()`/`float()` really parse.
fn number_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        let zero = DIGIT_ZEROS.iter().find(|&&z| (z..z + 10).contains(&u));
        match (u < 127, zero) {
            (true, _) => out.push(c),
            _ if py_isspace(c) => out.push(' '),
            (false, Some(z)) => out.push(char::from(b'0' + (u - z) as u8)),
            (false, None) => {
                out.push('?');
                break;
            }
        }
    }
    let ascii_space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\u{b}' | '\u{c}' | '\r');
    out.trim_matches(ascii_space).to_string()
}

/// Removes PEP 515 underscores; `None` if one is not between two digits.
fn strip_underscores(s: &str) -> Option<String> {
    let b = s.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let before = i > 0 && b[i - 1].is_ascii_digit();
            let after = b.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !(before && after) {
                return None;
            }
        }
    }
    Some(s.replace('_', ""))
}

enum IntErr {
    Invalid,
    Overflow,
}

/// Python `int(s)` (base 10) limited to `i64`.
fn py_int(s: &str) -> Result<i64, IntErr> {
    let t = strip_underscores(&number_text(s)).ok_or(IntErr::Invalid)?;
    let digits = t.strip_prefix(['+', '-']).unwrap_or(&t);
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return Err(IntErr::Invalid);
    }
    t.parse::<i64>().map_err(|_| IntErr::Overflow)
}

/// Python `float(s)`.
fn py_float(s: &str) -> Option<f64> {
    let t = strip_underscores(&number_text(s))?;
    let body = t
        .strip_prefix(['+', '-'])
        .unwrap_or(&t)
        .to_ascii_lowercase();
    let numeric = body
        .bytes()
        .all(|c| c.is_ascii_digit() || b".e+-".contains(&c));
    if !(numeric || ["inf", "infinity", "nan"].contains(&body.as_str())) {
        return None;
    }
    t.parse::<f64>().ok()
}

// ------------------------------------------------------- argument specs

impl ArgSpec {
    /// `add_argument(*names)` with every keyword left at its default.
    pub fn new(names: &[&str]) -> Self {
        ArgSpec {
            names: names.iter().map(|s| s.to_string()).collect(),
            action: Action::Store,
            ty: ArgType::Str,
            default: None,
            help: None,
            required: false,
            choices: None,
            nargs: Nargs::One,
            dest: None,
            metavar: None,
            const_: None,
        }
    }

    fn is_positional(&self) -> bool {
        !self.names.first().is_some_and(|n| n.starts_with('-'))
    }

    fn option_strings(&self) -> &[String] {
        if self.is_positional() {
            &[]
        } else {
            &self.names
        }
    }

    fn dest(&self) -> String {
        if let Some(d) = &self.dest {
            return d.clone();
        }
        if self.action == Action::Help {
            return SUPPRESS.into();
        }
        let Some(first) = self.names.first() else {
            return String::new();
        };
        if self.is_positional() {
            return first.clone();
        }
        let long = self.names.iter().find(|n| n.starts_with("--"));
        long.unwrap_or(first)
            .trim_start_matches('-')
            .replace('-', "_")
    }

    fn takes_no_args(&self) -> bool {
        matches!(
            self.action,
            Action::StoreTrue | Action::StoreFalse | Action::Count | Action::Help
        )
    }

    fn default_value(&self) -> ArgVal {
        match (&self.default, self.action) {
            (_, Action::Help) => ArgVal::Str(SUPPRESS.into()),
            (Some(v), _) => v.clone(),
            (None, Action::StoreTrue) => ArgVal::Bool(false),
            (None, Action::StoreFalse) => ArgVal::Bool(true),
            (None, _) => ArgVal::None,
        }
    }

    fn is_required(&self) -> bool {
        if !self.is_positional() {
            return self.required;
        }
        match self.nargs {
            Nargs::Optional => false,
            Nargs::ZeroOrMore => self.default.is_none(),
            _ => true,
        }
    }

    fn help_suppressed(&self) -> bool {
        self.help.as_deref() == Some(SUPPRESS)
    }

    /// `_get_action_name`: how errors name this argument.
    fn display_name(&self) -> String {
        if !self.is_positional() {
            return self.names.join("/");
        }
        match &self.metavar {
            Some(m) if m != SUPPRESS => m.clone(),
            _ => self.dest(),
        }
    }

    /// The `add_argument` checks of CPython that apply to this model.
    fn validate(&self) -> Result<(), String> {
        let class = match self.action {
            Action::StoreTrue => "_StoreTrueAction",
            Action::StoreFalse => "_StoreFalseAction",
            Action::Count => "_CountAction",
            Action::Help => "_HelpAction",
            Action::Store | Action::Append => "",
        };
        if !class.is_empty() {
            let extra = [
                ("nargs", self.nargs != Nargs::One),
                ("const", self.const_.is_some()),
                ("type", self.ty != ArgType::Str),
                ("choices", self.choices.is_some()),
                ("metavar", self.metavar.is_some()),
            ];
            if let Some((kw, _)) = extra.iter().find(|(_, given)| *given) {
                return Err(format!(
                    "{}.__init__() got an unexpected keyword argument '{}'",
                    class, kw
                ));
            }
        }
        match self.nargs {
            Nargs::Exactly(0) if self.action == Action::Store => {
                return Err("nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate".into());
            }
            Nargs::Exactly(0) if self.action == Action::Append => {
                return Err("nargs for append actions must be != 0; if arg strings are not supplying the value to append, the append const action may be more appropriate".into());
            }
            Nargs::Exactly(n) if n > MAX_NARGS => {
                return Err(format!("nargs larger than {} is not supported", MAX_NARGS));
            }
            _ => {}
        }
        if self.const_.is_some() && self.nargs != Nargs::Optional {
            return Err("nargs must be '?' to supply const".into());
        }
        let numeric = |v: &ArgVal| {
            matches!(
                v,
                ArgVal::None | ArgVal::Bool(_) | ArgVal::Int(_) | ArgVal::Float(_)
            )
        };
        match (&self.default, self.action) {
            (Some(d), Action::Count) if !numeric(d) => {
                Err("count action default must be a number or None in arr".into())
            }
            (Some(d), Action::Append) if !matches!(d, ArgVal::None | ArgVal::List(_)) => {
                Err("append action default must be a list or None in arr".into())
            }
            _ => Ok(()),
        }
    }
}

// ------------------------------------------------------- the parser

impl Parser {
    /// `ArgumentParser(prog=prog)` with the automatic `-h/--help`.
    pub fn new(prog: &str) -> Self {
        let mut help = ArgSpec::new(&["-h", "--help"]);
        help.action = Action::Help;
        help.help = Some("show this help message and exit".into());
        Parser {
            prog: prog.into(),
            description: None,
            epilog: None,
            args: vec![help],
            width: DEFAULT_WIDTH,
        }
    }

    /// `add_argument`; the error text is that of CPython's exception.
    pub fn add(&mut self, mut spec: ArgSpec) -> Result<(), String> {
        let positional =
            spec.names.is_empty() || (spec.names.len() == 1 && !spec.names[0].starts_with('-'));
        if spec.names.iter().any(String::is_empty) {
            return Err("string index out of range".into());
        }
        if positional {
            if !spec.names.is_empty() && spec.dest.is_some() {
                return Err("dest supplied twice for positional argument".into());
            }
            if spec.required {
                return Err("'required' is an invalid argument for positionals".into());
            }
            let Some(dest) = spec.dest.take().or_else(|| spec.names.first().cloned()) else {
                return Err(
                    "_get_positional_kwargs() missing 1 required positional argument: 'dest'"
                        .into(),
                );
            };
            spec.names = vec![dest.clone()];
            spec.dest = Some(dest);
        } else {
            if let Some(bad) = spec.names.iter().find(|n| !n.starts_with('-')) {
                return Err(format!(
                    "invalid option string {}: must start with a character '-'",
                    py_str_repr(bad)
                ));
            }
            if spec.dest.is_none() {
                let dest = spec.dest();
                if dest.is_empty() {
                    let last = spec.names.last().map(String::as_str).unwrap_or("");
                    return Err(format!(
                        "dest= is required for options like {}",
                        py_str_repr(last)
                    ));
                }
                spec.dest = Some(dest);
            }
        }
        spec.validate()?;
        let taken: Vec<&str> = spec
            .option_strings()
            .iter()
            .filter(|o| self.args.iter().any(|a| a.option_strings().contains(o)))
            .map(String::as_str)
            .collect();
        if !taken.is_empty() {
            let s = if taken.len() == 1 { "" } else { "s" };
            return Err(format!(
                "argument {}: conflicting option string{}: {}",
                spec.display_name(),
                s,
                taken.join(", ")
            ));
        }
        self.args.push(spec);
        Ok(())
    }

    /// `parse_args(argv)`: `(dest, value)` pairs in namespace order.
    pub fn parse(&self, argv: &[String]) -> Result<Vec<(String, ArgVal)>, Exit> {
        let mut run = Run::new(self, argv);
        match run.parse_all() {
            Ok(()) => Ok(run.ns.into_iter().map(|(d, v, _)| (d, v)).collect()),
            Err(Halt::Help) => Err(Exit::Help(self.format_help())),
            Err(Halt::Error(msg)) => Err(self.error(&msg)),
        }
    }

    /// `parser.error(msg)` output: usage, then `prog: error: msg`.
    pub fn error(&self, msg: &str) -> Exit {
        Exit::Error(format!(
            "{}{}: error: {}\n",
            self.format_usage(),
            self.prog,
            msg
        ))
    }

    pub fn format_usage(&self) -> String {
        self.format_usage_width(self.width)
    }

    pub fn format_help(&self) -> String {
        self.format_help_width(self.width)
    }

    pub fn format_usage_width(&self, width: usize) -> String {
        finish_help(&usage_block(self, width as i64))
    }

    pub fn format_help_width(&self, width: usize) -> String {
        let w = width as i64;
        let mut text = usage_block(self, w);
        if let Some(d) = &self.description {
            text.push_str(&format_text(self, d, w));
        }
        let visible: Vec<&ArgSpec> = self.args.iter().filter(|a| !a.help_suppressed()).collect();
        let max_len = visible
            .iter()
            .map(|a| invocation(a).chars().count() as i64 + 2)
            .max()
            .unwrap_or(0);
        let max_help_position = 24.min((w - 20).max(4));
        let help_position = (max_len + 2).min(max_help_position);
        for (title, positional) in [("positional arguments", true), ("options", false)] {
            let items: String = visible
                .iter()
                .filter(|a| a.is_positional() == positional)
                .map(|a| format_action(self, a, w, help_position))
                .collect();
            if !items.is_empty() {
                text.push_str(&format!("\n{}:\n{}\n", title, items));
            }
        }
        if let Some(e) = &self.epilog {
            text.push_str(&format_text(self, e, w));
        }
        finish_help(&text)
    }
}

#[cfg(test)]
#[path = "pyargparse_tests.rs"]
mod tests;
