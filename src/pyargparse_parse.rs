//! Command-line parsing for `pyargparse`: CPython 3.11.7's
//! `_parse_known_args`, including its regex-based `nargs` matching.

use std::collections::HashSet;

use super::{
    py_float, py_int, py_str_repr, Action, ArgSpec, ArgType, ArgVal, IntErr, Nargs, Parser,
    SUPPRESS,
};

// ------------------------------------------------------- parsing

/// Why parsing stopped early.
pub(super) enum Halt {
    Help,
    Error(String),
}

/// A command-line string recognised as an option (`_parse_optional`).
#[derive(Clone)]
struct OptHit {
    action: Option<usize>,
    opt: String,
    explicit: Option<String>,
}

/// One `_parse_known_args` run.
pub(super) struct Run<'p> {
    p: &'p Parser,
    argv: &'p [String],
    /// `arg_strings_pattern`: `A`, `O` or `-` per argument.
    pattern: Vec<u8>,
    hits: Vec<Option<OptHit>>,
    /// Namespace: dest, value, and the action whose default it still is.
    pub(super) ns: Vec<(String, ArgVal, Option<usize>)>,
    seen: Vec<bool>,
    extras: Vec<String>,
    positionals: Vec<usize>,
    opt_map: Vec<(String, usize)>,
    neg_opts: bool,
}

/// `^-\d+$|^-\d*\.\d+$` (`$` also matches before a final newline).
fn looks_negative(s: &str) -> bool {
    let s = s.strip_suffix('\n').unwrap_or(s);
    let Some(body) = s.strip_prefix('-') else {
        return false;
    };
    let digits = |t: &str| t.bytes().all(|c| c.is_ascii_digit());
    match body.split_once('.') {
        None => !body.is_empty() && digits(body),
        Some((a, b)) => digits(a) && !b.is_empty() && digits(b),
    }
}

fn arg_error(a: &ArgSpec, msg: &str) -> Halt {
    Halt::Error(format!("argument {}: {}", a.display_name(), msg))
}

impl<'p> Run<'p> {
    pub(super) fn new(p: &'p Parser, argv: &'p [String]) -> Self {
        let mut opt_map: Vec<(String, usize)> = Vec::new();
        for (i, a) in p.args.iter().enumerate() {
            for o in a.option_strings() {
                match opt_map.iter_mut().find(|(k, _)| k == o) {
                    Some(slot) => slot.1 = i,
                    None => opt_map.push((o.clone(), i)),
                }
            }
        }
        let neg_opts = opt_map.iter().any(|(o, _)| looks_negative(o));
        let mut ns: Vec<(String, ArgVal, Option<usize>)> = Vec::new();
        for (i, a) in p.args.iter().enumerate() {
            let (dest, default) = (a.dest(), a.default_value());
            if dest != SUPPRESS && !default.is_suppress() && !ns.iter().any(|e| e.0 == dest) {
                ns.push((dest, default, Some(i)));
            }
        }
        Run {
            p,
            argv,
            pattern: Vec::new(),
            hits: Vec::new(),
            ns,
            seen: vec![false; p.args.len()],
            extras: Vec::new(),
            positionals: (0..p.args.len())
                .filter(|&i| p.args[i].is_positional())
                .collect(),
            opt_map,
            neg_opts,
        }
    }

    fn set(&mut self, dest: &str, v: ArgVal) {
        match self.ns.iter_mut().find(|e| e.0 == dest) {
            Some(e) => *e = (e.0.clone(), v, None),
            None => self.ns.push((dest.to_string(), v, None)),
        }
    }

    fn get(&self, dest: &str) -> Option<&ArgVal> {
        self.ns.iter().find(|e| e.0 == dest).map(|e| &e.1)
    }

    fn lookup(&self, opt: &str) -> Option<usize> {
        self.opt_map.iter().find(|(o, _)| o == opt).map(|&(_, i)| i)
    }

    fn hit(action: usize, opt: &str, explicit: Option<&str>) -> OptHit {
        OptHit {
            action: Some(action),
            opt: opt.to_string(),
            explicit: explicit.map(str::to_string),
        }
    }

    /// `_parse_optional`.
    fn parse_optional(&self, arg: &str) -> Result<Option<OptHit>, Halt> {
        if !arg.starts_with('-') {
            return Ok(None);
        }
        if let Some(i) = self.lookup(arg) {
            return Ok(Some(Self::hit(i, arg, None)));
        }
        if arg.chars().count() == 1 {
            return Ok(None);
        }
        if let Some((o, e)) = arg.split_once('=') {
            if let Some(i) = self.lookup(o) {
                return Ok(Some(Self::hit(i, o, Some(e))));
            }
        }
        let tuples = self.option_tuples(arg);
        if tuples.len() > 1 {
            let names: Vec<&str> = tuples.iter().map(|t| t.opt.as_str()).collect();
            let msg = format!("ambiguous option: {} could match {}", arg, names.join(", "));
            return Err(Halt::Error(msg));
        }
        if let Some(t) = tuples.into_iter().next() {
            return Ok(Some(t));
        }
        if (looks_negative(arg) && !self.neg_opts) || arg.contains(' ') {
            return Ok(None);
        }
        Ok(Some(OptHit {
            action: None,
            opt: arg.to_string(),
            explicit: None,
        }))
    }

    /// `_get_option_tuples`: abbreviations and `-xVALUE`.
    fn option_tuples(&self, arg: &str) -> Vec<OptHit> {
        let mut out = Vec::new();
        if arg.starts_with("--") {
            let (prefix, explicit) = match arg.split_once('=') {
                Some((p, e)) => (p, Some(e)),
                None => (arg, None),
            };
            for (o, i) in &self.opt_map {
                if o.starts_with(prefix) {
                    out.push(Self::hit(*i, o, explicit));
                }
            }
            return out;
        }
        let split = arg.char_indices().nth(2).map_or(arg.len(), |(b, _)| b);
        let (short, short_explicit) = arg.split_at(split);
        for (o, i) in &self.opt_map {
            if o == short {
                out.push(Self::hit(*i, o, Some(short_explicit)));
            } else if o.starts_with(arg) {
                out.push(Self::hit(*i, o, None));
            }
        }
        out
    }

    pub(super) fn parse_all(&mut self) -> Result<(), Halt> {
        let argv = self.argv;
        let mut after_dashes = false;
        for arg in argv {
            let hit = if after_dashes || arg == "--" {
                None
            } else {
                self.parse_optional(arg)?
            };
            let code = if after_dashes {
                b'A'
            } else if arg == "--" {
                b'-'
            } else if hit.is_some() {
                b'O'
            } else {
                b'A'
            };
            after_dashes |= code == b'-';
            self.pattern.push(code);
            self.hits.push(hit);
        }
        let mut start = 0;
        let max_opt = self.hits.iter().rposition(Option::is_some);
        while max_opt.is_some_and(|m| start <= m) {
            let next_opt = (start..argv.len())
                .find(|&i| self.hits[i].is_some())
                .unwrap_or(argv.len());
            if start != next_opt {
                let end = self.consume_positionals(start)?;
                if end > start {
                    start = end;
                    continue;
                }
            }
            if !matches!(self.hits.get(start), Some(Some(_))) {
                self.extras.extend(argv[start..next_opt].iter().cloned());
                start = next_opt;
            }
            start = self.consume_optional(start)?;
        }
        let stop = self.consume_positionals(start)?;
        self.extras
            .extend(argv[stop.min(argv.len())..].iter().cloned());
        self.finish()
    }

    /// Required-argument check, late conversion of string defaults, extras.
    fn finish(&mut self) -> Result<(), Halt> {
        let mut missing = Vec::new();
        for (i, a) in self.p.args.iter().enumerate() {
            if self.seen[i] {
                continue;
            }
            if a.is_required() {
                missing.push(a.display_name());
                continue;
            }
            let dest = a.dest();
            let pristine = self
                .ns
                .iter()
                .find(|e| e.0 == dest)
                .is_some_and(|e| e.2 == Some(i));
            if let (true, Some(ArgVal::Str(s))) = (pristine, &a.default) {
                let v = self.get_value(a, s)?;
                if let Some(e) = self.ns.iter_mut().find(|e| e.0 == dest) {
                    e.1 = v;
                }
            }
        }
        if !missing.is_empty() {
            let msg = format!(
                "the following arguments are required: {}",
                missing.join(", ")
            );
            return Err(Halt::Error(msg));
        }
        if !self.extras.is_empty() {
            let msg = format!("unrecognized arguments: {}", self.extras.join(" "));
            return Err(Halt::Error(msg));
        }
        Ok(())
    }

    /// `consume_optional`: returns the index after the option's arguments.
    fn consume_optional(&mut self, start: usize) -> Result<usize, Halt> {
        let Some(OptHit {
            mut action,
            mut opt,
            mut explicit,
        }) = self.hits[start].clone()
        else {
            return Ok(start + 1);
        };
        let mut tuples: Vec<(usize, Vec<String>, String)> = Vec::new();
        let stop;
        loop {
            let Some(ai) = action else {
                self.extras.push(self.argv[start].clone());
                return Ok(start + 1);
            };
            let a = &self.p.args[ai];
            let Some(arg) = explicit.take() else {
                let count = self.match_optional(a, start + 1)?;
                stop = start + 1 + count;
                tuples.push((ai, self.argv[start + 1..stop].to_vec(), opt));
                break;
            };
            let count = self.match_optional_explicit(a)?;
            if count == 0 && !opt.starts_with("--") && !arg.is_empty() {
                tuples.push((ai, Vec::new(), opt.clone()));
                let mut chars = arg.chars();
                let first = chars.next().unwrap_or('-');
                let rest: String = chars.collect();
                opt = format!("-{}", first);
                match self.lookup(&opt) {
                    Some(next) => {
                        action = Some(next);
                        explicit = (!rest.is_empty()).then_some(rest);
                    }
                    None => {
                        return Err(arg_error(
                            a,
                            &format!("ignored explicit argument {}", py_str_repr(&arg)),
                        ))
                    }
                }
            } else if count == 1 {
                stop = start + 1;
                tuples.push((ai, vec![arg], opt));
                break;
            } else {
                return Err(arg_error(
                    a,
                    &format!("ignored explicit argument {}", py_str_repr(&arg)),
                ));
            }
        }
        for (ai, args, _) in tuples {
            self.take_action(ai, args)?;
        }
        Ok(stop)
    }

    fn nargs_error(a: &ArgSpec) -> Halt {
        let msg = match a.nargs {
            Nargs::One => "expected one argument".to_string(),
            Nargs::Optional => "expected at most one argument".to_string(),
            Nargs::OneOrMore => "expected at least one argument".to_string(),
            Nargs::Exactly(1) => "expected 1 argument".to_string(),
            Nargs::Exactly(n) => format!("expected {} arguments", n),
            Nargs::ZeroOrMore => "expected arguments".to_string(),
        };
        arg_error(a, &msg)
    }

    /// `_match_argument` for an optional against the following strings.
    fn match_optional(&self, a: &ArgSpec, from: usize) -> Result<usize, Halt> {
        if a.takes_no_args() {
            return Ok(0);
        }
        let avail = self.pattern[from.min(self.pattern.len())..]
            .iter()
            .take_while(|&&c| c == b'A')
            .count();
        match a.nargs {
            Nargs::One if avail >= 1 => Ok(1),
            Nargs::Optional => Ok(avail.min(1)),
            Nargs::ZeroOrMore => Ok(avail),
            Nargs::OneOrMore if avail >= 1 => Ok(avail),
            Nargs::Exactly(n) if avail >= n => Ok(n),
            _ => Err(Self::nargs_error(a)),
        }
    }

    /// `_match_argument(action, 'A')` for `--opt=value` / `-xVALUE`.
    fn match_optional_explicit(&self, a: &ArgSpec) -> Result<usize, Halt> {
        match (a.takes_no_args(), a.nargs) {
            (true, _) => Ok(0),
            (false, Nargs::Exactly(n)) if n != 1 => Err(Self::nargs_error(a)),
            _ => Ok(1),
        }
    }

    /// `consume_positionals`.
    fn consume_positionals(&mut self, start: usize) -> Result<usize, Halt> {
        let specs: Vec<&ArgSpec> = self.positionals.iter().map(|&i| &self.p.args[i]).collect();
        let counts = match_partial(&specs, &self.pattern[start.min(self.pattern.len())..]);
        let mut idx = start;
        let taken: Vec<usize> = self.positionals.drain(..counts.len()).collect();
        for (ai, n) in taken.into_iter().zip(counts) {
            let args = self.argv[idx..idx + n].to_vec();
            idx += n;
            self.take_action(ai, args)?;
        }
        Ok(idx)
    }

    fn take_action(&mut self, ai: usize, args: Vec<String>) -> Result<(), Halt> {
        self.seen[ai] = true;
        let a = &self.p.args[ai];
        let dest = a.dest();
        let value = match a.action {
            Action::Help => return Err(Halt::Help),
            Action::StoreTrue => ArgVal::Bool(true),
            Action::StoreFalse => ArgVal::Bool(false),
            Action::Count => match self.get(&dest).and_then(ArgVal::number) {
                Some(n) if matches!(self.get(&dest), Some(ArgVal::Float(_))) => {
                    ArgVal::Float(n + 1.0)
                }
                Some(n) => ArgVal::Int(n as i64 + 1),
                None => ArgVal::Int(1),
            },
            Action::Store | Action::Append => self.get_values(a, args)?,
        };
        if value.is_suppress() {
            return Ok(());
        }
        let value = match (a.action, self.get(&dest)) {
            (Action::Append, Some(ArgVal::List(items))) => {
                let mut items = items.clone();
                items.push(value);
                ArgVal::List(items)
            }
            (Action::Append, _) => ArgVal::List(vec![value]),
            _ => value,
        };
        self.set(&dest, value);
        Ok(())
    }

    /// `_get_values`.
    fn get_values(&self, a: &ArgSpec, mut args: Vec<String>) -> Result<ArgVal, Halt> {
        if let Some(k) = args.iter().position(|s| s == "--") {
            args.remove(k);
        }
        if args.is_empty() && a.nargs == Nargs::Optional {
            let v = if a.is_positional() {
                a.default_value()
            } else {
                a.const_.clone().unwrap_or(ArgVal::None)
            };
            if let ArgVal::Str(s) = &v {
                let v = self.get_value(a, s)?;
                self.check_value(a, &v)?;
                return Ok(v);
            }
            return Ok(v);
        }
        if args.is_empty() && a.nargs == Nargs::ZeroOrMore && a.is_positional() {
            let v = match a.default_value() {
                ArgVal::None => ArgVal::List(Vec::new()),
                d => d,
            };
            self.check_value(a, &v)?;
            return Ok(v);
        }
        if args.len() == 1 && matches!(a.nargs, Nargs::One | Nargs::Optional) {
            let v = self.get_value(a, &args[0])?;
            self.check_value(a, &v)?;
            return Ok(v);
        }
        let values = args
            .iter()
            .map(|s| self.get_value(a, s))
            .collect::<Result<Vec<_>, _>>()?;
        for v in &values {
            self.check_value(a, v)?;
        }
        Ok(ArgVal::List(values))
    }

    /// `_get_value`: applies `type`.
    fn get_value(&self, a: &ArgSpec, s: &str) -> Result<ArgVal, Halt> {
        let bad = |t: &str| arg_error(a, &format!("invalid {} value: {}", t, py_str_repr(s)));
        match a.ty {
            ArgType::Str => Ok(ArgVal::Str(s.to_string())),
            ArgType::Float => py_float(s).map(ArgVal::Float).ok_or_else(|| bad("float")),
            ArgType::Int => match py_int(s) {
                Ok(i) => Ok(ArgVal::Int(i)),
                Err(IntErr::Invalid) => Err(bad("int")),
                Err(IntErr::Overflow) => Err(arg_error(
                    a,
                    &format!("integer out of range for arr's int64: {}", py_str_repr(s)),
                )),
            },
        }
    }

    /// `_check_value`: membership in `choices`.
    fn check_value(&self, a: &ArgSpec, v: &ArgVal) -> Result<(), Halt> {
        let Some(choices) = &a.choices else {
            return Ok(());
        };
        if choices.iter().any(|c| c.py_eq(v)) {
            return Ok(());
        }
        let listed: Vec<String> = choices.iter().map(ArgVal::py_repr).collect();
        let msg = format!(
            "invalid choice: {} (choose from {})",
            v.py_repr(),
            listed.join(", ")
        );
        Err(arg_error(a, &msg))
    }
}

// ------------------------------------------------------- nargs patterns

/// One greedy regex atom: a class (`A`, or `A`/`-`) repeated min..=max.
#[derive(Clone, Copy)]
struct Atom {
    dash_ok: bool,
    a_ok: bool,
    min: usize,
    max: usize,
}

/// Atoms of `_get_nargs_pattern` for a positional.
fn nargs_atoms(a: &ArgSpec) -> Vec<Atom> {
    let dashes = Atom {
        dash_ok: true,
        a_ok: false,
        min: 0,
        max: usize::MAX,
    };
    let one = Atom {
        dash_ok: false,
        a_ok: true,
        min: 1,
        max: 1,
    };
    let any = Atom {
        dash_ok: true,
        a_ok: true,
        min: 0,
        max: usize::MAX,
    };
    let n = match (a.takes_no_args(), a.nargs) {
        (true, _) => return vec![dashes, dashes],
        (_, Nargs::One) => 1,
        (_, Nargs::Optional) => return vec![dashes, Atom { min: 0, ..one }, dashes],
        (_, Nargs::ZeroOrMore) => return vec![dashes, any],
        (_, Nargs::OneOrMore) => return vec![dashes, one, any],
        (_, Nargs::Exactly(n)) => n,
    };
    let mut atoms = vec![dashes];
    for _ in 0..n {
        atoms.push(one);
        atoms.push(dashes);
    }
    atoms
}

/// `_match_arguments_partial`: argument counts for the longest prefix of
/// `specs` whose concatenated patterns match the start of `pattern`.
fn match_partial(specs: &[&ArgSpec], pattern: &[u8]) -> Vec<usize> {
    for k in (1..=specs.len()).rev() {
        let mut atoms = Vec::new();
        let mut group_ends = Vec::new();
        let mut min_total = 0usize;
        for s in &specs[..k] {
            let group = nargs_atoms(s);
            min_total = min_total.saturating_add(group.iter().map(|a| a.min).sum());
            if min_total > pattern.len() {
                break;
            }
            atoms.extend(group);
            group_ends.push(atoms.len());
        }
        if min_total > pattern.len() {
            continue;
        }
        if let Some(counts) = match_atoms(&atoms, pattern) {
            let mut start = 0;
            return group_ends
                .iter()
                .map(|&end| {
                    let n = counts[start..end].iter().sum();
                    start = end;
                    n
                })
                .collect();
        }
    }
    Vec::new()
}

/// Backtracking greedy match anchored at the start (like `re.match`),
/// with failure memoisation so it stays polynomial. Returns per-atom counts.
fn match_atoms(atoms: &[Atom], s: &[u8]) -> Option<Vec<usize>> {
    let mut dead: HashSet<(usize, usize)> = HashSet::new();
    let avail = |atom: &Atom, pos: usize| {
        let run = s[pos..]
            .iter()
            .take_while(|&&c| (c == b'A' && atom.a_ok) || (c == b'-' && atom.dash_ok))
            .count();
        run.min(atom.max)
    };
    // (start position, chosen count) for atoms 0..stack.len().
    let mut stack: Vec<(usize, usize)> = Vec::with_capacity(atoms.len());
    let mut pos = 0;
    loop {
        let i = stack.len();
        let Some(atom) = atoms.get(i) else {
            return Some(stack.iter().map(|&(_, c)| c).collect());
        };
        let c = avail(atom, pos);
        if c >= atom.min && !dead.contains(&(i, pos)) {
            stack.push((pos, c));
            pos += c;
            continue;
        }
        dead.insert((i, pos));
        // Backtrack: give back one item from the latest atom that can.
        loop {
            let (p, c) = stack.pop()?;
            let j = stack.len();
            if c > atoms[j].min {
                stack.push((p, c - 1));
                pos = p + c - 1;
                break;
            }
            dead.insert((j, p));
        }
    }
}
