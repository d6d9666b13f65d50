//! printf-style `%` formatting for [`super`] (Python 3.11 `str.__mod__`).

use super::{
    ascii_escape, code_point, double_to_string, overflow_err, push_n, type_err, value_err,
    FmtError, FmtValue, FmtValueOwned, Formattable, MAX_WIDTH,
};
use std::borrow::Cow;

/// The `%(key)` resolver of [`PercentArgs::Mapping`].
pub type KeyLookup<'a> = dyn FnMut(&str) -> Result<Formattable, FmtError> + 'a;

/// The right operand of `fmt % args`.
pub enum PercentArgs<'a> {
    /// A tuple: `fmt % (a, b)`.
    Tuple(&'a [Formattable]),
    /// Any other non-mapping object: `fmt % x`.
    Single(&'a Formattable),
    /// A mapping (CPython: any non-tuple, non-str object with `__getitem__`, e.g. dict,
    /// list): the object itself plus a `%(key)` resolver that returns the caller's
    /// own error (e.g. KeyError `'key'`) for missing keys.
    Mapping(
        &'a Formattable,
        &'a mut dyn FnMut(&str) -> Result<Formattable, FmtError>,
    ),
}

struct PctCtx<'a> {
    tuple: &'a [Formattable],
    single: Option<Cow<'a, Formattable>>,
    arglen: i64,
    argidx: i64,
    dict: Option<&'a mut KeyLookup<'a>>,
}

impl PctCtx<'_> {
    fn next_arg(&mut self) -> Result<&Formattable, FmtError> {
        if self.argidx < self.arglen {
            self.argidx += 1;
            let found = match &self.single {
                Some(s) if self.arglen < 0 => Some(&**s),
                _ => self.tuple.get((self.argidx - 1) as usize),
            };
            if let Some(v) = found {
                return Ok(v);
            }
        }
        Err(type_err("not enough arguments for format string"))
    }

    fn star_arg(&mut self) -> Result<i64, FmtError> {
        match self.next_arg()?.value {
            FmtValueOwned::Int(i) => Ok(i),
            FmtValueOwned::Bool(b) => Ok(i64::from(b)),
            _ => Err(type_err("* wants int")),
        }
    }
}

#[derive(Default)]
struct PArg {
    ch: char,
    ljust: bool,
    plus: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: i64,
    prec: i64,
    sign: bool,
}

/// `fmt % args` exactly as Python 3.11's `str.__mod__`.
pub fn percent_format(fmt: &str, args: PercentArgs<'_>) -> Result<String, FmtError> {
    let mut ctx = match args {
        PercentArgs::Tuple(t) => PctCtx {
            tuple: t,
            single: None,
            arglen: t.len() as i64,
            argidx: 0,
            dict: None,
        },
        PercentArgs::Single(v) => PctCtx {
            tuple: &[],
            single: Some(Cow::Borrowed(v)),
            arglen: -1,
            argidx: -2,
            dict: None,
        },
        PercentArgs::Mapping(v, d) => PctCtx {
            tuple: &[],
            single: Some(Cow::Borrowed(v)),
            arglen: -1,
            argidx: -2,
            dict: Some(d),
        },
    };
    let f: Vec<char> = fmt.chars().collect();
    let (mut out, mut pos, mut cnt) = (String::new(), 0i64, f.len() as i64);
    loop {
        cnt -= 1;
        if cnt < 0 {
            break;
        }
        if f.get(pos as usize) != Some(&'%') {
            let start = pos as usize;
            pos += 1;
            while cnt >= 0 && f.get(pos as usize) != Some(&'%') {
                pos += 1;
                cnt -= 1;
            }
            if cnt < 0 {
                pos -= 1;
            }
            out.extend(f.get(start..pos as usize).unwrap_or(&[]));
        } else {
            pos += 1;
            pct_directive(&f, &mut pos, &mut cnt, &mut ctx, &mut out)?;
        }
    }
    if ctx.argidx < ctx.arglen && ctx.dict.is_none() {
        return Err(type_err(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

/// Reads the next char like CPython (`'\0'` past the end) and advances.
fn pct_next(f: &[char], pos: &mut i64, cnt: &mut i64, ch: &mut char) -> bool {
    *cnt -= 1;
    if *cnt < 0 {
        return false;
    }
    *ch = f.get(*pos as usize).copied().unwrap_or('\0');
    *pos += 1;
    true
}

/// Port of `unicode_format_arg` + `unicode_format_arg_parse`.
fn pct_directive(
    f: &[char],
    pos: &mut i64,
    cnt: &mut i64,
    ctx: &mut PctCtx,
    out: &mut String,
) -> Result<(), FmtError> {
    let rd = |p: i64| f.get(p as usize).copied().unwrap_or('\0');
    let mut a = PArg {
        ch: rd(*pos),
        width: -1,
        prec: -1,
        ..PArg::default()
    };
    if a.ch == '%' {
        (*pos, *cnt) = (*pos + 1, *cnt - 1);
        out.push('%');
        return Ok(());
    }
    if rd(*pos) == '(' {
        let Some(dict) = ctx.dict.as_mut() else {
            return Err(type_err("format requires a mapping"));
        };
        (*pos, *cnt) = (*pos + 1, *cnt - 1);
        let (keystart, mut depth) = (*pos, 1);
        while depth > 0 && pct_next(f, pos, cnt, &mut a.ch) {
            depth += i64::from(a.ch == '(') - i64::from(a.ch == ')');
        }
        if *cnt < 0 || depth > 0 {
            return Err(value_err("incomplete format key"));
        }
        let key: String = f
            .get(keystart as usize..(*pos - 1) as usize)
            .unwrap_or(&[])
            .iter()
            .collect();
        ctx.single = Some(Cow::Owned(dict(&key)?));
        (ctx.arglen, ctx.argidx) = (-1, -2);
    }
    while pct_next(f, pos, cnt, &mut a.ch) {
        match a.ch {
            '-' => a.ljust = true,
            '+' => a.plus = true,
            ' ' => a.blank = true,
            '#' => a.alt = true,
            '0' => a.zero = true,
            _ => break,
        }
    }
    if let Some(w) = pct_number(f, pos, cnt, &mut a.ch, ctx, "width too big", i64::MAX)? {
        a.ljust |= w < 0;
        a.width = w.checked_abs().unwrap_or(i64::MAX);
        if a.width > MAX_WIDTH {
            return Err(value_err("width too big"));
        }
    }
    if a.ch == '.' {
        pct_next(f, pos, cnt, &mut a.ch);
        let p = pct_number(
            f,
            pos,
            cnt,
            &mut a.ch,
            ctx,
            "precision too big",
            i64::from(i32::MAX),
        )?;
        a.prec = p.unwrap_or(0).max(0);
        if a.prec > MAX_WIDTH {
            return Err(value_err("precision too big"));
        }
    }
    if *cnt >= 0 && matches!(a.ch, 'h' | 'l' | 'L') {
        pct_next(f, pos, cnt, &mut a.ch);
    }
    if *cnt < 0 {
        return Err(value_err("incomplete format"));
    }
    let v = ctx.next_arg()?;
    let s = pct_convert(v, &mut a, *pos - 1)?;
    pct_output(out, &a, &s);
    if ctx.dict.is_some() && ctx.argidx < ctx.arglen {
        return Err(type_err(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(())
}

/// Parses a width/precision: `*` (taken from the arguments) or digits; `None` if absent.
fn pct_number(
    f: &[char],
    pos: &mut i64,
    cnt: &mut i64,
    ch: &mut char,
    ctx: &mut PctCtx,
    big: &str,
    max: i64,
) -> Result<Option<i64>, FmtError> {
    if *ch == '*' {
        let v = ctx.star_arg()?;
        if max < i64::MAX && i32::try_from(v).is_err() {
            return Err(overflow_err("Python int too large to convert to C int"));
        }
        pct_next(f, pos, cnt, ch);
        return Ok(Some(v));
    }
    let Some(mut n) = ch.to_digit(10).map(i64::from) else {
        return Ok(None);
    };
    while pct_next(f, pos, cnt, ch) {
        let Some(d) = ch.to_digit(10) else { break };
        n = n * 10 + i64::from(d);
        if n > MAX_WIDTH.min(max) {
            return Err(value_err(big));
        }
    }
    Ok(Some(n))
}

/// Port of `unicode_format_arg_format`: the converted text of one directive.
fn pct_convert(v: &Formattable, a: &mut PArg, index: i64) -> Result<String, FmtError> {
    let val = v.value.as_value();
    match a.ch {
        's' => Ok(val.to_py_str().into_owned()),
        'r' => Ok(v.repr.clone()),
        'a' => Ok(ascii_escape(&v.repr)),
        'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
            a.sign = true;
            pct_int(&val, a)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            a.sign = true;
            let x = match val {
                FmtValue::Float(x) => x,
                FmtValue::Int(i) => i as f64,
                FmtValue::Big(b) => num_traits::ToPrimitive::to_f64(b)
                    .filter(|x| x.is_finite())
                    .ok_or_else(|| overflow_err("int too large to convert to float"))?,
                FmtValue::Bool(b) => f64::from(u8::from(b)),
                _ => {
                    return Err(type_err(format!(
                        "must be real number, not {}",
                        val.type_name()
                    )))
                }
            };
            Ok(double_to_string(
                x,
                a.ch,
                if a.prec < 0 { 6 } else { a.prec },
                false,
                a.alt,
                false,
            ))
        }
        'c' => match val {
            FmtValue::Str(s) if s.chars().count() == 1 => Ok(s.to_owned()),
            FmtValue::Int(i) => Ok(code_point(i)?.to_string()),
            FmtValue::Bool(b) => Ok(code_point(i64::from(b))?.to_string()),
            _ => Err(type_err("%c requires int or char")),
        },
        c => Err(value_err(format!(
            "unsupported format character '{}' (0x{:x}) at index {index}",
            if (31..=126).contains(&(c as u32)) {
                c
            } else {
                '?'
            },
            c as u32
        ))),
    }
}

/// Port of `mainformatlong` + `_PyUnicode_FormatLong`.
fn pct_int(val: &FmtValue, a: &PArg) -> Result<String, FmtError> {
    let hexoct = matches!(a.ch, 'o' | 'x' | 'X');
    let radix = |u: u64| match a.ch {
        'o' => format!("{u:o}"),
        'x' => format!("{u:x}"),
        'X' => format!("{u:X}"),
        _ => u.to_string(),
    };
    let (neg, digits) = match *val {
        FmtValue::Int(i) => (i < 0, radix(i.unsigned_abs())),
        FmtValue::Big(b) => {
            let r = match a.ch {
                'o' => 8,
                'x' | 'X' => 16,
                _ => 10,
            };
            let mut d = b.magnitude().to_str_radix(r);
            if a.ch == 'X' {
                d.make_ascii_uppercase();
            }
            (b.sign() == num_bigint::Sign::Minus, d)
        }
        FmtValue::Bool(b) => (false, radix(u64::from(b))),
        FmtValue::Float(x) if !hexoct && x.is_nan() => {
            return Err(value_err("cannot convert float NaN to integer"))
        }
        FmtValue::Float(x) if !hexoct && x.is_infinite() => {
            return Err(overflow_err("cannot convert float infinity to integer"))
        }
        FmtValue::Float(x) if !hexoct => (x <= -1.0, format!("{:.0}", x.trunc().abs())),
        _ => {
            let what = if hexoct {
                "an integer"
            } else {
                "a real number"
            };
            return Err(type_err(format!(
                "%{} format: {what} is required, not {}",
                a.ch,
                val.type_name()
            )));
        }
    };
    let mut s = String::from(if neg { "-" } else { "" });
    if a.alt && hexoct {
        s.push('0');
        s.push(a.ch);
    }
    push_n(&mut s, '0', a.prec - digits.len() as i64);
    s.push_str(&digits);
    Ok(s)
}

/// Port of `unicode_format_arg_output`: sign, `0x`/`0o` prefix, padding, truncation.
fn pct_output(out: &mut String, a: &PArg, s: &str) {
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    let fill = if a.sign && a.zero { '0' } else { ' ' };
    if (a.width == -1 || a.width <= len) && (a.prec == -1 || a.prec >= len) && !(a.plus || a.blank)
    {
        out.push_str(s);
        return;
    }
    if matches!(a.ch, 's' | 'r' | 'a') && a.prec >= 0 && len > a.prec {
        len = a.prec;
    }
    let (mut pindex, mut signchar) = (0usize, None);
    if a.sign {
        match chars.first() {
            Some(&c @ ('-' | '+')) => (signchar, len, pindex) = (Some(c), len - 1, 1),
            _ if a.plus => signchar = Some('+'),
            _ if a.blank => signchar = Some(' '),
            _ => {}
        }
    }
    let mut width = a.width.max(len);
    if signchar.is_some() {
        if fill != ' ' {
            out.extend(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefixed = a.alt && matches!(a.ch, 'x' | 'X' | 'o');
    if prefixed {
        if fill != ' ' {
            out.extend(chars.get(pindex..pindex + 2).unwrap_or(&[]));
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !a.ljust {
        push_n(out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        out.extend(signchar);
        if prefixed {
            out.extend(chars.get(pindex..pindex + 2).unwrap_or(&[]));
            pindex += 2;
        }
    }
    out.extend(
        chars
            .get(pindex..pindex + len.max(0) as usize)
            .unwrap_or(&[]),
    );
    push_n(out, ' ', width - len);
}
