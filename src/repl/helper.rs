//! The rustyline helper: asks for another line while input is incomplete and
//! completes builtin and variable names.

use rustyline::completion::{Completer, Pair};
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{Context, Helper, Highlighter, Hinter};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Attribute names by the dotted path they follow (`np.linalg` ->
/// `["cholesky", "det", ...]`).
pub type AttributeNames = HashMap<String, Vec<String>>;

#[derive(Helper, Hinter, Highlighter)]
pub struct ArrHelper {
    pub names: Rc<RefCell<Vec<String>>>,
    pub attributes: Rc<RefCell<AttributeNames>>,
}

impl ArrHelper {
    pub fn new(names: Vec<String>) -> ArrHelper {
        ArrHelper {
            names: Rc::new(RefCell::new(names)),
            attributes: Rc::new(RefCell::new(HashMap::new())),
        }
    }

    /// Completions of `word` after `line[..start]`: attributes when a dotted
    /// path precedes it, else names.
    pub fn candidates(&self, line: &str, start: usize, word: &str) -> Vec<String> {
        let before = &line[..start];
        if let Some(head) = before.strip_suffix('.') {
            let path_start = head
                .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
                .map(|i| i + 1)
                .unwrap_or(0);
            let path = &head[path_start..];
            return self
                .attributes
                .borrow()
                .get(path)
                .map(|names| {
                    names
                        .iter()
                        .filter(|n| n.starts_with(word))
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
        }
        if word.is_empty() {
            return Vec::new();
        }
        self.names
            .borrow()
            .iter()
            .filter(|n| n.starts_with(word))
            .cloned()
            .collect()
    }
}

impl Validator for ArrHelper {
    fn validate(&self, ctx: &mut ValidationContext) -> rustyline::Result<ValidationResult> {
        if super::is_incomplete(ctx.input()) {
            Ok(ValidationResult::Incomplete)
        } else {
            Ok(ValidationResult::Valid(None))
        }
    }
}

impl Completer for ArrHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let start = line[..pos]
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
            .map(|i| i + 1)
            .unwrap_or(0);
        let word = &line[start..pos];
        let mut out: Vec<Pair> = self
            .candidates(line, start, word)
            .into_iter()
            .map(|n| Pair {
                display: n.clone(),
                replacement: n,
            })
            .collect();
        out.sort_by(|a, b| a.display.cmp(&b.display));
        out.dedup_by(|a, b| a.display == b.display);
        Ok((start, out))
    }
}
