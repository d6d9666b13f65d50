//! The examples of docs/LANGUAGE.md are test scripts: a line
//! `<!-- test: python_spelling/NAME -->` is followed by a fenced block that
//! must be `tests/scripts/python_spelling/NAME.arr` to the byte, then a
//! fenced block that must be its `NAME.out` (left out when the script prints
//! nothing) and, for a script that fails, one that must be its `NAME.err`.
//! The scripts themselves run in `tests/scripts.rs`; this test keeps the
//! document and the scripts from drifting apart: every script of
//! `tests/scripts/python_spelling/` is shown once, and every fenced block of
//! the "Python's spelling" section belongs to a marked example.
//!
//! To change an example, edit the script (and its `.py` twin and `.out`),
//! then paste the files into the blocks after its marker.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const MARKER_START: &str = "<!-- test: ";
const MARKER_END: &str = " -->";
/// The folder of tests/scripts whose every script the document shows.
const FOLDER: &str = "python_spelling";
/// The section whose every fenced block is a tested example.
const SECTION: &str = "## Python's spelling";

/// A fenced block: the line its opening fence is on (0-based) and its text,
/// each line ending with a newline.
struct Block {
    line: usize,
    text: String,
}

/// The fenced block starting at or after `i` past blank lines, and the line
/// after its closing fence.
fn next_block(lines: &[&str], mut i: usize) -> Option<(Block, usize)> {
    while i < lines.len() && lines[i].trim().is_empty() {
        i += 1;
    }
    if i >= lines.len() || !lines[i].starts_with("```") {
        return None;
    }
    let start = i;
    let mut text = String::new();
    i += 1;
    while i < lines.len() && !lines[i].starts_with("```") {
        text.push_str(lines[i]);
        text.push('\n');
        i += 1;
    }
    // An unclosed block runs to the end of the file.
    Some((Block { line: start, text }, (i + 1).min(lines.len())))
}

fn read(p: &Path) -> Option<String> {
    std::fs::read_to_string(p).ok()
}

/// The first line where `a` and `b` differ, for the failure message.
fn first_difference(a: &str, b: &str) -> String {
    let (mut la, mut lb) = (a.lines(), b.lines());
    let mut n = 0;
    loop {
        n += 1;
        match (la.next(), lb.next()) {
            (None, None) => return "they differ only in the final newline".into(),
            (x, y) if x == y => continue,
            (x, y) => {
                return format!(
                    "first difference at line {n}:\n  doc:  {}\n  file: {}",
                    x.unwrap_or("<end>"),
                    y.unwrap_or("<end>")
                )
            }
        }
    }
}

#[test]
fn language_doc_examples_are_the_test_scripts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let doc_path = root.join("docs/LANGUAGE.md");
    let doc = read(&doc_path).expect("docs/LANGUAGE.md is readable");
    let lines: Vec<&str> = doc.lines().collect();
    let scripts = root.join("tests/scripts");
    let mut failures = Vec::new();
    let mut shown = BTreeSet::new();
    // Lines of the fenced blocks that belong to a marked example.
    let mut tested_blocks = BTreeSet::new();

    for (i, line) in lines.iter().enumerate() {
        let Some(name) = line
            .strip_prefix(MARKER_START)
            .and_then(|r| r.strip_suffix(MARKER_END))
        else {
            continue;
        };
        let at = format!("docs/LANGUAGE.md:{}: {name}", i + 1);
        if !shown.insert(name.to_string()) {
            failures.push(format!("{at}: the example is shown twice"));
        }
        let base: PathBuf = scripts.join(name);
        let Some(code) = read(&base.with_extension("arr")) else {
            failures.push(format!("{at}: tests/scripts/{name}.arr does not exist"));
            continue;
        };
        let out = read(&base.with_extension("out")).unwrap_or_default();
        let err = read(&base.with_extension("err"));
        let mut expected = vec![("arr", code)];
        if !out.is_empty() {
            expected.push(("out", out));
        }
        if let Some(err) = err {
            expected.push(("err", err));
        }
        let mut next = i + 1;
        for (ext, want) in &expected {
            match next_block(&lines, next) {
                Some((block, after)) => {
                    tested_blocks.insert(block.line);
                    if block.text != *want {
                        failures.push(format!(
                            "{at}: the block at line {} is not {name}.{ext}; {}",
                            block.line + 1,
                            first_difference(&block.text, want)
                        ));
                    }
                    next = after;
                }
                None => {
                    failures.push(format!(
                        "{at}: no fenced block for {name}.{ext} after the marker"
                    ));
                    break;
                }
            }
        }
        if let Some((block, _)) = next_block(&lines, next) {
            tested_blocks.insert(block.line);
            failures.push(format!(
                "{at}: an extra fenced block at line {} (the example has {} file(s) to show)",
                block.line + 1,
                expected.len()
            ));
        }
    }

    // Every script of the folder is in the document.
    let dir = scripts.join(FOLDER);
    let mut on_disk = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("tests/scripts/python_spelling is readable") {
        let p = entry.expect("a directory entry").path();
        if p.extension().is_some_and(|x| x == "arr") {
            let stem = p.file_stem().unwrap().to_string_lossy().to_string();
            on_disk.insert(format!("{FOLDER}/{stem}"));
        }
    }
    for name in on_disk.difference(&shown) {
        failures.push(format!(
            "tests/scripts/{name}.arr is not shown in docs/LANGUAGE.md (add `{MARKER_START}{name}{MARKER_END}` and its blocks)"
        ));
    }
    if on_disk.len() < 30 {
        failures.push(format!(
            "expected the python_spelling scripts, found {}",
            on_disk.len()
        ));
    }

    // Every fenced block of the section is a tested example.
    let start = lines.iter().position(|l| *l == SECTION);
    match start {
        None => failures.push(format!("docs/LANGUAGE.md has no `{SECTION}` section")),
        Some(start) => {
            let end = lines[start + 1..]
                .iter()
                .position(|l| l.starts_with("## "))
                .map_or(lines.len(), |n| start + 1 + n);
            let mut i = start;
            while i < end {
                if lines[i].starts_with("```") {
                    let (block, after) = next_block(&lines, i).expect("a fence starts a block");
                    if !tested_blocks.contains(&block.line) {
                        failures.push(format!(
                            "docs/LANGUAGE.md:{}: a fenced block in `{SECTION}` that is not a marked example",
                            block.line + 1
                        ));
                    }
                    i = after;
                } else {
                    i += 1;
                }
            }
        }
    }

    assert!(failures.is_empty(), "\n{}\n", failures.join("\n\n"));
}
