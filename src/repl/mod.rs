//! The REPL: session logic (commands, echo, errors) apart from the line
//! editor, and the rustyline helper (validator, completer).

mod helper;

pub use helper::ArrHelper;

use crate::api::Engine;
use crate::value::Value;
use std::path::Path;
use std::time::Instant;

/// What one REPL input produced.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    /// Text for stdout (the echo of a value, command output).
    Output(String),
    /// A rendered error for stderr.
    Error(String),
    Nothing,
    Quit,
}

pub struct Session {
    pub engine: Engine,
    inputs: usize,
    /// Globals present before the user typed anything, hidden from `:vars`.
    initial: std::collections::HashSet<String>,
}

impl Default for Session {
    fn default() -> Self {
        Session::new()
    }
}

const HELP: &str = "\
Type arr expressions and statements; the value of an expression is echoed.
Commands:
  :help [name]   this text, or the documentation of a builtin (also help(name))
  :vars          the variables you defined, with their types and shapes
  :load FILE     run a script file in this session
  :time EXPR     evaluate and report the time taken
  :memory [SIZE] show or set the memory limit of one allocation (e.g. 4G)
  :quit          leave (also Ctrl-D)
Ctrl-C clears the line or interrupts a running computation.";

impl Session {
    pub fn new() -> Session {
        let engine = Engine::new();
        let initial = engine.global_names().into_iter().collect();
        Session {
            engine,
            inputs: 0,
            initial,
        }
    }

    /// Names for tab completion: builtins and globals.
    pub fn completions(&self) -> Vec<String> {
        self.engine.global_names()
    }

    /// Attributes for tab completion after a dot: for each global that is a
    /// module, an object or an array (`np`, `np.linalg`, `model`, `a`), the
    /// names `path.<TAB>` offers. Read without running any code (a module's
    /// table, an object's fields and class, an array's attributes).
    pub fn attribute_completions(&self) -> std::collections::HashMap<String, Vec<String>> {
        let mut out = std::collections::HashMap::new();
        for name in self.engine.global_names() {
            if self.initial.contains(&name) {
                continue;
            }
            if let Some(v) = self.engine.get(&name) {
                attribute_names(&name, &v, 0, &mut out);
            }
        }
        out
    }

    fn echo(&mut self, v: &Value) -> Outcome {
        match v {
            Value::None | Value::Undefined => Outcome::Nothing,
            v => match self.engine.repr(v) {
                Ok(s) => Outcome::Output(format!("{s}\n")),
                Err(e) => Outcome::Error(self.engine.render_error(&e)),
            },
        }
    }

    fn run_code(&mut self, code: &str) -> Outcome {
        self.inputs += 1;
        let name = format!("<repl {}>", self.inputs);
        match self.engine.eval_named(&name, code) {
            Ok(v) => self.echo(&v),
            Err(e) => Outcome::Error(self.engine.render_error(&e)),
        }
    }

    /// Handles one complete input (possibly several lines).
    pub fn handle(&mut self, input: &str) -> Outcome {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Outcome::Nothing;
        }
        let Some(cmd) = trimmed.strip_prefix(':') else {
            return self.run_code(input);
        };
        let (name, rest) = cmd.split_once(char::is_whitespace).unwrap_or((cmd, ""));
        let rest = rest.trim();
        match name {
            "q" | "quit" | "exit" => Outcome::Quit,
            "h" | "help" if rest.is_empty() => Outcome::Output(format!("{HELP}\n")),
            "h" | "help" => match self.engine.builtin_doc(rest) {
                Some(doc) => Outcome::Output(format!("{doc}\n")),
                None => Outcome::Error(format!("error: no builtin named '{rest}'\n")),
            },
            "vars" => {
                let mut out = String::new();
                for n in self.engine.global_names() {
                    if self.initial.contains(&n) {
                        continue;
                    }
                    if let Some(v) = self.engine.get(&n) {
                        out.push_str(&format!("{n}: {}\n", v.type_name()));
                    }
                }
                Outcome::Output(out)
            }
            "load" => {
                if rest.is_empty() {
                    return Outcome::Error("error: :load needs a file name\n".into());
                }
                match self.engine.eval_file(Path::new(rest)) {
                    Ok(_) => Outcome::Nothing,
                    Err(e) => Outcome::Error(self.engine.render_error(&e)),
                }
            }
            "memory" if rest.is_empty() => Outcome::Output(format!(
                "memory limit: {}\n",
                crate::array::alloc::human_bytes(self.engine.limits().max_memory)
            )),
            "memory" => match crate::api::parse_size(rest) {
                Some(n) => {
                    self.engine.set_max_memory(n);
                    Outcome::Output(format!(
                        "memory limit: {}\n",
                        crate::array::alloc::human_bytes(n)
                    ))
                }
                None => Outcome::Error(format!(
                    "error: :memory takes a size like 4G or 512M, not '{rest}'\n"
                )),
            },
            "time" => {
                self.inputs += 1;
                let name = format!("<repl {}>", self.inputs);
                let start = Instant::now();
                let r = self.engine.eval_named(&name, rest);
                let secs = start.elapsed().as_secs_f64();
                match r {
                    Ok(v) => {
                        let mut s = match self.echo(&v) {
                            Outcome::Output(s) => s,
                            _ => String::new(),
                        };
                        s.push_str(&format!("time: {}\n", fmt_duration(secs)));
                        Outcome::Output(s)
                    }
                    Err(e) => Outcome::Error(self.engine.render_error(&e)),
                }
            }
            other => Outcome::Error(format!("error: unknown command ':{other}' (try :help)\n")),
        }
    }
}

fn fmt_duration(secs: f64) -> String {
    if secs >= 1.0 {
        format!("{secs:.3} s")
    } else if secs >= 1e-3 {
        format!("{:.3} ms", secs * 1e3)
    } else {
        format!("{:.1} µs", secs * 1e6)
    }
}

/// Whether `input` is an unfinished statement (an open bracket or block, or
/// input ending where more must follow).
pub fn is_incomplete(input: &str) -> bool {
    if input.trim_start().starts_with(':') {
        return false;
    }
    match crate::syntax::parse_program(input, 0) {
        // An `if` whose block was just closed by a `}` on a line of its own
        // may go on with `else`/`elif` on the next line (as in a script):
        // ask for that line; an empty line ends the statement, as in
        // Python's REPL.
        // Likewise a `try` may go on with `except`/`else`/`finally`.
        Ok(stmts) => {
            let last_line = input.rsplit('\n').next().unwrap_or("").trim();
            last_line == "}"
                && matches!(
                    stmts.last().map(|s| &s.kind),
                    Some(
                        crate::syntax::ast::StmtKind::If(..)
                            | crate::syntax::ast::StmtKind::Try(..)
                    )
                )
        }
        Err(e) => e.incomplete,
    }
}

/// Runs the REPL on the terminal (`max_memory`: `--max-memory`).
pub fn run(max_memory: Option<usize>) -> i32 {
    use rustyline::error::ReadlineError;
    use rustyline::history::DefaultHistory;
    use rustyline::{Config, Editor};

    let mut session = Session::new();
    if let Some(n) = max_memory {
        session.engine.set_max_memory(n);
    }
    let interrupt = session.engine.interrupt_handle();
    // Ctrl-C while code runs stops it; at the prompt rustyline reads it as a key.
    let _ = ctrlc::set_handler(move || interrupt.interrupt());

    let config = Config::builder().auto_add_history(true).build();
    let mut editor: Editor<ArrHelper, DefaultHistory> = match Editor::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: cannot start the line editor: {e}");
            return 1;
        }
    };
    let helper = ArrHelper::new(session.completions());
    let names = helper.names.clone();
    let attributes = helper.attributes.clone();
    editor.set_helper(Some(helper));
    let history = history_path();
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    println!(
        "arr {} — :help for help, Ctrl-D to quit",
        env!("CARGO_PKG_VERSION")
    );
    loop {
        match editor.readline(">>> ") {
            Ok(line) => {
                let outcome = session.handle(&line);
                if let Some(h) = &history {
                    let _ = editor.save_history(h);
                }
                match outcome {
                    Outcome::Output(s) => print!("{s}"),
                    Outcome::Error(s) => eprint!("{s}"),
                    Outcome::Nothing => {}
                    Outcome::Quit => break,
                }
                *names.borrow_mut() = session.completions();
                *attributes.borrow_mut() = session.attribute_completions();
            }
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(e) => {
                eprintln!("error: {e}");
                return 1;
            }
        }
    }
    0
}

fn history_path() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("ARR_HISTORY") {
        return Some(p.into());
    }
    std::env::var_os("HOME").map(|h| Path::new(&h).join(".arr_history"))
}

/// How deep completion follows modules and objects (`np.linalg.<TAB>`).
const MAX_COMPLETION_DEPTH: usize = 3;

fn attribute_names(
    path: &str,
    v: &Value,
    depth: usize,
    out: &mut std::collections::HashMap<String, Vec<String>>,
) {
    if depth > MAX_COMPLETION_DEPTH || out.len() > 10_000 {
        return;
    }
    let names: Vec<String> = match v {
        Value::Host(h) => h.attr_names(),
        Value::Array(_) => ["T", "dtype", "ndim", "shape", "size"]
            .iter()
            .map(|s| s.to_string())
            .collect(),
        _ => return,
    };
    if names.is_empty() {
        return;
    }
    // Follow submodules and the fields of objects (plain data, no code).
    if let Some(m) = v_module(v) {
        for n in &names {
            if let Some(sub) = crate::object::module::module(&format!("{}.{n}", m)) {
                attribute_names(&format!("{path}.{n}"), &sub, depth + 1, out);
            }
        }
    }
    if let Some(inst) = crate::object::as_instance(v) {
        for (n, field) in inst.fields.borrow().iter() {
            attribute_names(&format!("{path}.{n}"), field, depth + 1, out);
        }
    }
    out.insert(path.to_string(), names);
}

fn v_module(v: &Value) -> Option<&'static str> {
    match v {
        Value::Host(h) => h
            .as_any()
            .downcast_ref::<crate::object::module::Module>()
            .map(|m| m.path),
        _ => None,
    }
}
