//! Rendering errors with codespan-reporting: message, file:line:col, the
//! source line with a caret, and the call chain.

use super::Error;
use crate::syntax::{FileId, Span};
use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Chars, Config};

/// Every source text the interpreter has seen, so that errors can quote it.
pub struct Sources {
    files: SimpleFiles<String, String>,
}

impl Default for Sources {
    fn default() -> Self {
        Sources::new()
    }
}

impl Sources {
    pub fn new() -> Sources {
        Sources {
            files: SimpleFiles::new(),
        }
    }

    pub fn add(&mut self, name: &str, text: &str) -> FileId {
        self.files.add(name.to_string(), text.to_string()) as FileId
    }

    /// The source text `span` covers.
    pub fn text(&self, span: Span) -> Option<&str> {
        use codespan_reporting::files::Files;
        let src = self.files.source(span.file as usize).ok()?;
        src.get(span.start as usize..span.end as usize)
    }

    /// "file:line:col" of the start of `span`.
    pub fn location(&self, span: Span) -> String {
        use codespan_reporting::files::Files;
        let id = span.file as usize;
        match (
            self.files.name(id),
            self.files.location(id, span.start as usize),
        ) {
            (Ok(name), Ok(loc)) => format!("{}:{}:{}", name, loc.line_number, loc.column_number),
            _ => "<unknown>".into(),
        }
    }

    /// A long source line clipped around `span` (`None` when the line is
    /// short enough to quote whole): the location and an excerpt with a
    /// caret, so an error on a 200 KB line does not echo the line.
    fn clipped(&self, span: Span) -> Option<Vec<String>> {
        use codespan_reporting::files::Files;
        const MAX_LINE: usize = 300;
        const CONTEXT: usize = 60;
        let id = span.file as usize;
        let src = self.files.source(id).ok()?;
        let start = (span.start as usize).min(src.len());
        let end = (span.end as usize).min(src.len());
        let line_start = src[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = src[start..].find('\n').map_or(src.len(), |i| start + i);
        if line_end - line_start <= MAX_LINE {
            return None;
        }
        let floor = |mut i: usize| {
            while !src.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let from = floor(start.saturating_sub(CONTEXT).max(line_start));
        let to = floor(
            (end.max(start) + CONTEXT)
                .min(start + 2 * CONTEXT)
                .min(line_end),
        );
        let head = if from > line_start { "..." } else { "" };
        let tail = if to < line_end { "..." } else { "" };
        let excerpt = format!("{head}{}{tail}", &src[from..to]);
        let caret_at = head.len() + src[from..start].chars().count();
        let width = src[start..end.clamp(start, to)].chars().count().max(1);
        Some(vec![
            format!("at {}", self.location(span)),
            format!(
                "{excerpt}\n{}{}",
                " ".repeat(caret_at),
                "^".repeat(width.min(80))
            ),
        ])
    }

    /// The whole report, as printed on stderr.
    pub fn render(&self, err: &Error) -> String {
        let mut diag = Diagnostic::error().with_message(err.message.clone());
        let clipped = err.span.and_then(|s| self.clipped(s));
        if let (Some(span), None) = (err.span, &clipped) {
            diag = diag.with_labels(vec![Label::primary(span.file as usize, span.range())]);
        }
        let mut notes: Vec<String> = clipped.unwrap_or_default();
        notes.extend(
            err.notes
                .iter()
                .filter(|n| *n != super::INCOMPLETE)
                .cloned(),
        );
        // Innermost call first; runs of the same call (deep recursion) fold into one line.
        let mut i = 0;
        while i < err.trace.len() {
            let frame = &err.trace[i];
            let mut j = i + 1;
            while j < err.trace.len() && err.trace[j] == *frame {
                j += 1;
            }
            let mut line = format!(
                "in fn {}, called at {}",
                frame.function,
                self.location(frame.call_site)
            );
            if j - i > 1 {
                line.push_str(&format!(" (repeated {} more times)", j - i - 1));
            }
            notes.push(line);
            i = j;
        }
        diag = diag.with_notes(notes);
        let config = Config {
            chars: Chars::ascii(),
            ..Config::default()
        };
        match term::emit_into_string(&config, &self.files, &diag) {
            Ok(s) => s,
            Err(_) => format!("error: {}\n", err.message),
        }
    }
}

/// The closest candidate to `name`, if one is close enough to be a likely typo.
pub fn suggest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut best: Option<(f64, &str)> = None;
    for c in candidates {
        if c == name || c.starts_with('_') {
            continue;
        }
        let score = strsim::jaro_winkler(name, c);
        if score > 0.8 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c.to_string())
}
