//! The `arr` command: run a script, a snippet, piped code, or the REPL.

use arr::Engine;
use clap::Parser;
use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::process::ExitCode;

#[global_allocator]
static ALLOC: arr::array::alloc::HugePageAlloc = arr::array::alloc::HugePageAlloc;

#[derive(Parser)]
#[command(
    name = "arr",
    version,
    about = "arr: an array scripting language with NumPy-style arrays"
)]
struct Cli {
    /// Run CODE and exit.
    #[arg(
        short = 'e',
        long = "eval",
        value_name = "CODE",
        conflicts_with = "file"
    )]
    eval: Option<String>,
    /// A script to run. Without one, arr starts the REPL (or runs code piped on stdin).
    file: Option<PathBuf>,
    /// The most memory any one allocation of a script may take, with what the
    /// process already holds (e.g. `4G`, `512M`; default: three quarters of
    /// physical memory). Also `ARR_MAX_MEMORY`.
    #[arg(long = "max-memory", value_name = "SIZE", env = "ARR_MAX_MEMORY")]
    max_memory: Option<String>,
    /// Arguments for the script, available to it as `argv`.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

fn run(engine: &mut Engine, result: Result<arr::Value, arr::Error>) -> ExitCode {
    match result {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) if e.kind == arr::ErrorKind::Exit => {
            let (code, message) = engine.exit_status(&e).unwrap_or((1, None));
            if let Some(m) = message {
                eprintln!("{m}");
            }
            ExitCode::from(code)
        }
        Err(e) => {
            eprint!("{}", engine.render_error(&e));
            ExitCode::from(1)
        }
    }
}

/// The interpreter recurses on nested expressions; a generous stack (only
/// touched pages cost memory) keeps machine-generated code with very long
/// expressions from overflowing it.
const STACK_SIZE: usize = 1 << 30;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // A panic is caught where the engine runs code and reported as an
    // internal error with the session intact; the default hook's message
    // and backtrace would only repeat it.
    std::panic::set_hook(Box::new(|_| {}));
    match std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || real_main(cli))
    {
        Ok(handle) => handle.join().unwrap_or_else(|_| {
            eprintln!("error: internal error: the interpreter thread stopped unexpectedly");
            ExitCode::from(1)
        }),
        Err(e) => {
            eprintln!("error: cannot start the interpreter thread: {e}");
            ExitCode::from(1)
        }
    }
}

fn real_main(cli: Cli) -> ExitCode {
    let max_memory = match cli
        .max_memory
        .as_deref()
        .map(|s| (s, arr::api::parse_size(s)))
    {
        None => None,
        Some((_, Some(n))) => Some(n),
        Some((s, None)) => {
            eprintln!("error: --max-memory: cannot read '{s}' as a size (like 4G or 512M)");
            return ExitCode::from(2);
        }
    };
    let mut engine = Engine::new();
    if let Some(n) = max_memory {
        engine.set_max_memory(n);
    }
    let mut argv = vec![cli
        .file
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "-e".into())];
    argv.extend(cli.args.iter().cloned());
    engine.set("argv", argv.clone());
    engine.set_argv(argv);
    if let Some(code) = &cli.eval {
        let r = engine.eval_named("<-e>", code);
        return run(&mut engine, r);
    }
    if let Some(file) = &cli.file {
        let r = engine.eval_file(file);
        return run(&mut engine, r);
    }
    if !std::io::stdin().is_terminal() {
        let mut bytes = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
            eprintln!("error: cannot read stdin: {e}");
            return ExitCode::from(1);
        }
        let code = match arr::syntax::decode_source("<stdin>", bytes) {
            Ok(code) => code,
            Err(m) => {
                eprintln!("error: {m}");
                return ExitCode::from(1);
            }
        };
        let r = engine.eval_named("<stdin>", &code);
        return run(&mut engine, r);
    }
    ExitCode::from(arr::repl::run(max_memory) as u8)
}
