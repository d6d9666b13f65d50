#!/usr/bin/env python3
"""Check that every NAME.arr is a re-bracketing of NAME.py.

Both files are reduced to a token stream and compared:
  * Python: the ':' that ends a block header (if/elif/else/for/while/def/class/
    try/except/finally/with) and lone `pass` statements are dropped;
    indentation and newlines are ignored.
  * arr: block braces are dropped (a '{' left open at the end of a block-header
    line, a trailing '{ }' empty block, and the '}' that closes a block);
    dict/set braces stay.
  * `fn` is read as `def`; `true false none` as `True False None`.
Comments are compared too. Exit status 1 if any pair differs or a file is missing.
Usage: check_twins.py [DIR]  (default: the folder holding this script)
"""
import os
import re
import sys

BLOCK_KW = {"if", "elif", "else", "for", "while", "def", "fn", "class", "try",
            "except", "finally", "with"}
SYNONYM = {"fn": "def", "true": "True", "false": "False", "none": "None"}

TOKEN = re.compile(r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>(?:[rRbBfF]{1,2})?(?:'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"))
  | (?P<number>(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?j?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>\*\*=|//=|>>=|<<=|->|\.\.\.|[-+*/%@&|^=<>!]=|\*\*|//|<<|>>|[-+*/%@&|^~<>=.,:;()\[\]{}])
  | (?P<nl>\n)
  | (?P<ws>[ \t]+|\\\n)
""", re.VERBOSE)


def lex(text, path):
    """Return a list of physical lines, each a list of (kind, text)."""
    lines, cur, pos = [], [], 0
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise SystemExit(f"{path}: cannot lex at {text[pos:pos + 30]!r}")
        kind = m.lastgroup
        if kind == "nl":
            lines.append(cur)
            cur = []
        elif kind != "ws":
            cur.append((kind, m.group()))
        pos = m.end()
    lines.append(cur)
    return lines


def logical(lines):
    """Join physical lines into logical lines using () and [] depth only."""
    out, cur, depth = [], [], 0
    for toks in lines:
        for t in toks:
            if t[1] in "([":
                depth += 1
            elif t[1] in ")]":
                depth -= 1
        cur.extend(toks)
        if depth <= 0 and cur:
            out.append(cur)
            cur = []
            depth = 0
    if cur:
        out.append(cur)
    return out


def norm_py(text, path):
    res = []
    for ll in logical(lex(text, path)):
        code = [t for t in ll if t[0] != "comment"]
        comments = [t for t in ll if t[0] == "comment"]
        if code and code[0][1] in BLOCK_KW and code[-1][1] == ":":
            # drop the last ':' token of the code (keep comments after it)
            idx = max(i for i, t in enumerate(ll) if t[0] != "comment")
            ll = ll[:idx] + ll[idx + 1:]
        if len(code) == 1 and code[0][1] == "pass":
            ll = comments
        res.extend(ll)
    return [t[1] for t in res]


def norm_arr(text, path):
    """Drop block braces. Braces nest: we track a stack of B (block) / D (dict)."""
    res = []
    stack = []
    # a logical line in arr: join lines while ( [ or dict { are open
    phys = lex(text, path)
    for toks in phys:
        code_idx = [i for i, t in enumerate(toks) if t[0] != "comment"]
        # find the position of the block-header keyword (after leading '}')
        j = 0
        while j < len(toks) and toks[j][1] == "}" and stack and stack[-1] == "B":
            stack.pop()
            j += 1
        header = j < len(toks) and toks[j][1] in BLOCK_KW and not any(s in ("P", "D") for s in stack)
        # the block '{' of a header line: the last '{' at depth 0 (relative) left open,
        # or a trailing '{ }' pair
        block_open = None
        empty_block = None
        if header:
            last = [i for i in code_idx if i >= j]
            if len(last) >= 2 and toks[last[-2]][1] == "{" and toks[last[-1]][1] == "}":
                empty_block = (last[-2], last[-1])
            elif last and toks[last[-1]][1] == "{":
                block_open = last[-1]
        for i in range(j, len(toks)):
            kind, s = toks[i]
            if empty_block and i in empty_block:
                continue
            if i == block_open:
                stack.append("B")
                continue
            if s in "([":
                stack.append("P")
            elif s == "{":
                stack.append("D")
            elif s in ")]":
                if stack:
                    stack.pop()
            elif s == "}":
                if stack:
                    top = stack.pop()
                    if top == "B":
                        continue
            res.append(SYNONYM.get(s, s) if kind == "name" else s)
    if stack:
        res.append(f"<{len(stack)} unclosed bracket(s) at end of file>")
    return res


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    names = sorted({f[:-3] for f in os.listdir(d) if f.endswith(".py") and f != "check_twins.py"}
                   | {f[:-4] for f in os.listdir(d) if f.endswith(".arr")})
    bad = 0
    for n in names:
        py, arr, out = (os.path.join(d, n + e) for e in (".py", ".arr", ".out"))
        missing = [p for p in (py, arr, out) if not os.path.exists(p)]
        if missing:
            print(f"MISSING {n}: {', '.join(os.path.basename(m) for m in missing)}")
            bad += 1
            continue
        a = norm_py(open(py).read(), py)
        b = norm_arr(open(arr).read(), arr)
        if a != b:
            k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
            print(f"DIFF {n}: token {k}: py {' '.join(a[max(0, k - 6):k + 6])!r}")
            print(f"{' ' * (len(n) + 6)}token {k}: arr {' '.join(b[max(0, k - 6):k + 6])!r}")
            bad += 1
    print(f"{len(names) - bad}/{len(names)} twins agree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
