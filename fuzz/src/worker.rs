//! The worker process: evaluates the inputs the supervisor sends, one fresh
//! `arr::Engine` each, with limits set, and answers with what happened. It
//! runs the engine on a thread of `--stack-mb` (8 MB by default, the main
//! thread of a typical embedding program), catches panics, and interrupts
//! an evaluation that runs past the time-out. Anything worse (an abort, a
//! stack overflow, a signal) ends the process, and the supervisor sees it.
//!
//! Protocol, both ways: frames of a little-endian `u32` length and that
//! many bytes. Supervisor to worker: one flag byte (bit 0: file access on)
//! then the program. Worker to supervisor: `READY` once, then per input a
//! line `OK`, `ERR <Kind>`, `PANIC <file:line:col>` or `SLOW <then one of
//! those>`, a newline, and the message; before that, `FIRED` when the
//! time-out interrupted the input.

use std::io::{Read, Write};
use std::os::fd::FromRawFd;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The engine's limits for every input.
pub const MAX_OPERATIONS: u64 = 1_000_000;
pub const MAX_ARRAY_ELEMENTS: usize = 10_000_000;

pub struct WorkerOptions {
    pub stack_mb: usize,
    pub timeout: Duration,
    pub mem_mb: u64,
}

pub fn read_frame(r: &mut impl Read) -> std::io::Result<Vec<u8>> {
    let mut len = [0u8; 4];
    r.read_exact(&mut len)?;
    let n = u32::from_le_bytes(len) as usize;
    let mut buf = vec![0u8; n];
    r.read_exact(&mut buf)?;
    Ok(buf)
}

pub fn write_frame(w: &mut impl Write, data: &[u8]) -> std::io::Result<()> {
    w.write_all(&(data.len() as u32).to_le_bytes())?;
    w.write_all(data)?;
    w.flush()
}

/// The location and message of the last panic on this process.
static PANIC: Mutex<Option<(String, String)>> = Mutex::new(None);

fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let loc = info
            .location()
            .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
            .unwrap_or_else(|| "unknown".into());
        let msg = if let Some(s) = info.payload().downcast_ref::<&str>() {
            s.to_string()
        } else if let Some(s) = info.payload().downcast_ref::<String>() {
            s.clone()
        } else {
            "(no message)".into()
        };
        // On stderr too: if the panic ends the process (one that cannot
        // unwind aborts), the supervisor reads it there.
        eprintln!("arr-fuzz worker: panic at {loc}: {msg}");
        if let Ok(mut p) = PANIC.lock() {
            *p = Some((loc, msg));
        }
    }));
}

/// Limits this process's address space, and no core files.
fn limit_memory(mem_mb: u64) {
    // SAFETY: plain system calls on this process.
    unsafe {
        let lim = libc::rlimit {
            rlim_cur: (mem_mb << 20) as libc::rlim_t,
            rlim_max: (mem_mb << 20) as libc::rlim_t,
        };
        libc::setrlimit(libc::RLIMIT_AS, &lim);
        let none = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        libc::setrlimit(libc::RLIMIT_CORE, &none);
    }
}

/// Moves the answer channel off stdout (a copy of the descriptor), and
/// points stdout at /dev/null, so that nothing arr prints can garble it.
fn answer_channel() -> std::fs::File {
    // SAFETY: descriptor juggling on this process before any other thread
    // writes to stdout.
    unsafe {
        let fd = libc::dup(1);
        assert!(fd >= 0, "dup(1) failed");
        let null = libc::open(c"/dev/null".as_ptr(), libc::O_WRONLY);
        if null >= 0 {
            libc::dup2(null, 1);
            libc::close(null);
        }
        std::fs::File::from_raw_fd(fd)
    }
}

/// The engine thread's stack, for telling a stack overflow from another
/// fault.
static STACK_LO: AtomicUsize = AtomicUsize::new(0);
static STACK_HI: AtomicUsize = AtomicUsize::new(0);

/// Says on stderr whether a SIGSEGV/SIGBUS hit the engine thread's stack
/// (an overflow, also one in a frame that skipped the guard page, which
/// Rust's own handler does not report) or somewhere else; then lets the
/// signal kill the process as it would have.
extern "C" fn on_fault(sig: libc::c_int, info: *mut libc::siginfo_t, _ctx: *mut libc::c_void) {
    // SAFETY: only async-signal-safe calls (write, signal) on plain data.
    unsafe {
        let addr = if info.is_null() {
            0
        } else {
            (*info).si_addr() as usize
        };
        let lo = STACK_LO.load(Ordering::Relaxed);
        let hi = STACK_HI.load(Ordering::Relaxed);
        let msg: &[u8] = if lo != 0 && addr >= lo.saturating_sub(16 << 20) && addr < hi {
            b"\narr-fuzz worker: fault in the engine thread's stack guard: stack overflow\n"
        } else {
            b"\narr-fuzz worker: fault outside the engine thread's stack\n"
        };
        libc::write(2, msg.as_ptr() as *const libc::c_void, msg.len());
        libc::signal(sig, libc::SIG_DFL);
    }
}

fn install_fault_handler() {
    // SAFETY: installs a handler that runs on the alternate signal stack
    // Rust sets up for each thread it starts.
    unsafe {
        for sig in [libc::SIGSEGV, libc::SIGBUS] {
            let mut sa: libc::sigaction = std::mem::zeroed();
            sa.sa_sigaction = on_fault as *const () as usize;
            sa.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
            libc::sigemptyset(&mut sa.sa_mask);
            libc::sigaction(sig, &sa, std::ptr::null_mut());
        }
    }
}

struct Running {
    started: Instant,
    cpu_started: Duration,
    handle: arr::InterruptHandle,
}

/// CPU time of this process, all threads: what the time-out counts, so
/// that a loaded machine does not turn slow inputs into hangs.
fn cpu_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes the timespec it is given.
    unsafe {
        libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts);
    }
    Duration::new(
        ts.tv_sec.max(0) as u64,
        ts.tv_nsec.clamp(0, 999_999_999) as u32,
    )
}

/// Wall-clock time an input may take whatever its CPU time (a blocked
/// input), in multiples of the time-out.
pub const WALL_FACTOR: u32 = 4;

pub fn main(opts: WorkerOptions) -> ! {
    limit_memory(opts.mem_mb);
    let out = Arc::new(Mutex::new(answer_channel()));
    install_panic_hook();
    install_fault_handler();
    let running: Arc<Mutex<Option<Running>>> = Arc::new(Mutex::new(None));
    let fired = Arc::new(AtomicBool::new(false));
    {
        // The watchdog: interrupts an input past the time-out (CPU time, or
        // WALL_FACTOR times it in wall-clock time) and tells the supervisor,
        // which kills the worker if no answer follows soon.
        let running = running.clone();
        let fired = fired.clone();
        let out = out.clone();
        let timeout = opts.timeout;
        std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_millis(20));
            let Ok(r) = running.lock() else { continue };
            let Some(r) = r.as_ref() else { continue };
            let over = cpu_time().saturating_sub(r.cpu_started) > timeout
                || r.started.elapsed() > timeout * WALL_FACTOR;
            if over && !fired.swap(true, Ordering::SeqCst) {
                r.handle.interrupt();
                if let Ok(mut o) = out.lock() {
                    let _ = write_frame(&mut *o, b"FIRED");
                }
            }
        });
    }
    let engine_thread = std::thread::Builder::new()
        .name("engine".into())
        .stack_size(opts.stack_mb << 20)
        .spawn(move || {
            let here = 0u8;
            let top = &here as *const u8 as usize;
            STACK_HI.store(top + (1 << 16), Ordering::Relaxed);
            STACK_LO.store(top.saturating_sub(opts.stack_mb << 20), Ordering::Relaxed);
            if let Ok(mut o) = out.lock() {
                let _ = write_frame(&mut *o, b"READY");
            }
            let mut input = std::io::stdin().lock();
            while let Ok(frame) = read_frame(&mut input) {
                let (flags, code) = frame.split_first().unwrap_or((&0, &[]));
                let code = String::from_utf8_lossy(code);
                fired.store(false, Ordering::SeqCst);
                let answer = evaluate(&code, flags & 1 != 0, &running);
                let answer = if fired.load(Ordering::SeqCst) {
                    format!("SLOW {answer}")
                } else {
                    answer
                };
                let sent = match out.lock() {
                    Ok(mut o) => write_frame(&mut *o, answer.as_bytes()).is_ok(),
                    Err(_) => false,
                };
                if !sent {
                    break;
                }
            }
        });
    match engine_thread.map(|t| t.join()) {
        Ok(Ok(())) => std::process::exit(0),
        _ => std::process::exit(3),
    }
}

/// One input on a fresh engine; the answer's first line says what happened.
fn evaluate(code: &str, file_access: bool, running: &Mutex<Option<Running>>) -> String {
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut engine = arr::Engine::new();
        engine.set_max_operations(MAX_OPERATIONS);
        engine.set_max_array_elements(MAX_ARRAY_ELEMENTS);
        engine.set_file_access(file_access);
        engine.on_print(|_| {});
        if let Ok(mut r) = running.lock() {
            *r = Some(Running {
                started: Instant::now(),
                cpu_started: cpu_time(),
                handle: engine.interrupt_handle(),
            });
        }
        let r = engine.eval(code);
        if let Ok(mut r) = running.lock() {
            *r = None;
        }
        let answer = match &r {
            Ok(_) => "OK\n".to_string(),
            Err(e) => format!("ERR {:?}\n{}", e.kind, e.message),
        };
        // Dropping the engine (and the value) is part of the run.
        drop(r);
        drop(engine);
        answer
    }));
    if let Ok(mut r) = running.lock() {
        *r = None;
    }
    match result {
        Ok(answer) => answer,
        Err(_) => {
            let (loc, msg) = PANIC
                .lock()
                .ok()
                .and_then(|mut p| p.take())
                .unwrap_or_else(|| ("unknown".into(), "(no message)".into()));
            format!("PANIC {loc}\n{msg}")
        }
    }
}
