//! Lists, dicts, sets and instances shared through aliases: cycles (a list
//! holding itself), long chains that are dropped or printed at once, and
//! containers changed by the callbacks that read them (a sort key that
//! appends to the list being sorted, an `__eq__` that clears the list being
//! searched, a loop that grows the dict it walks).

use super::*;

/// Operations on a container `a` that holds itself.
const ON_CYCLE: &[&str] = &[
    "print(a)",
    "str(a)",
    "repr(a)",
    "f\"{a}\"",
    "\"%s\" % (a,)",
    "a == a",
    "a == a.copy()",
    "a != [a]",
    "a < a",
    "len(str(a))",
    "sorted([a, a])",
    "json.dumps(a)",
    "hash(a)",
    "hash((a,))",
    "copy(a)",
    "list(a)",
    "tuple(a)",
    "a * 2",
    "a + a",
    "a in a",
    "a.index(a)",
    "a.count(a)",
    "a.remove(a)",
    "a.sort()",
    "max(a)",
    "array(a)",
    "set(a)",
    "{x for x in a}",
    "a.extend(a)",
    "a += a",
    "a *= 2",
    "a.update(a)",
    "dict(a)",
    "a | a",
    "sum(a, [])",
    "zeros(a)",
    "isinstance(a, list)",
    "a.pop()",
    "del a",
];

/// A container changed while a builtin reads it.
const MUTATE_READ: &[&str] = &[
    "xs.sort(key=lambda v: xs.append(v) or v)",
    "xs.sort(key=lambda v: xs.clear() or v)",
    "xs.sort(key=lambda v: xs.sort() or 0)",
    "xs.sort(key=lambda v: xs.reverse() or 0)",
    "xs.sort(key=lambda v: xs.extend(xs) or 0)",
    "xs.sort(key=lambda v: xs.pop() if xs else 0)",
    "sorted(xs, key=lambda v: xs.pop())",
    "max(xs, key=lambda v: xs.clear() or v)",
    "min(xs, key=lambda v: xs.insert(0, v) or v)",
    "list(map(lambda v: xs.pop(), xs))",
    "list(map(lambda v: xs.append(v), xs))",
    "list(filter(lambda v: xs.remove(v), xs))",
    "xs.extend(v for v in xs)",
    "xs.extend(map(lambda v: xs.append(v), xs))",
    "xs[:] = (xs.pop() for _ in range(2))",
    "xs[1:] = [xs.clear()]",
    "xs.insert(0, xs)",
    "\"\".join(str(xs.pop()) for _ in xs)",
    "sum(xs.append(1) or 1 for _ in xs)",
    "any(xs.clear() for _ in xs)",
    "[xs.append(v) for v in xs]",
    "[xs.pop() for v in xs]",
    "zip(xs, map(lambda v: xs.pop(), xs))",
    "for v in xs { xs.append(v) }",
    "for v in xs { xs.remove(v) }",
    "for i, v in enumerate(xs) { del xs[i] }",
    "for k in d { d[str(k) + \"x\"] = 1 }",
    "for k in d { del d[k] }",
    "for k, v in d.items() { d.clear() }",
    "for k in d.keys() { d.pop(k) }",
    "d.update((k, d.pop(k)) for k in d)",
    "sorted(d, key=lambda k: d.pop(k))",
    "any(d.clear() for _ in d)",
    "{k: d.pop(k) for k in d}",
    "d.setdefault(\"k\", d)",
    "d.update(d)",
    "d |= d",
    "for v in s { s.add(v + 1) }",
    "for v in s { s.discard(v) }",
    "min(s, key=lambda v: s.discard(v) or 0)",
    "{s.add(v) for v in s}",
    "s |= {v + 1 for v in s}",
    "xs == [xs.clear()]",
    "xs.index(E())",
    "E() in xs",
    "xs.count(E())",
    "xs.remove(E())",
    "xs == list(xs)",
    "sorted(xs + [E(), E()])",
    "print(xs + [E()])",
    "d[E()] = 1",
    "E() in d",
    "d.get(E())",
    "d.pop(E(), None)",
    "s.add(E())",
    "E() in s",
    "print({1: E(), 2: E()})",
    "json.dumps(xs)",
];

/// Bodies of `E`'s methods: they change `xs`, `d` or `s` from inside a
/// comparison, hash or repr.
const E_BODIES: &[&str] = &[
    "def __eq__(self, o) {\nxs.clear()\nreturn False\n}",
    "def __eq__(self, o) {\nxs.append(1)\nd[len(d)] = 1\nreturn False\n}",
    "def __eq__(self, o) {\nd.clear()\ns.clear()\nreturn True\n}",
    "def __hash__(self) {\nd.clear()\nreturn 1\n}",
    "def __hash__(self) {\nd[len(d) + 100] = 1\ns.add(len(s) + 100)\nreturn 7\n}",
    "def __lt__(self, o) {\nxs.append(E())\nreturn True\n}",
    "def __lt__(self, o) {\nxs.clear()\nreturn False\n}",
    "def __repr__(self) {\nxs.clear()\nd.clear()\nreturn \"e\"\n}",
    "def __repr__(self) {\nxs.append(self)\nreturn \"e\"\n}",
];

impl Gen<'_> {
    /// Aliasing, cycles and long chains.
    pub(super) fn shared_stmt(&mut self) -> String {
        let n = *[10usize, 1000, 100_000, 300_000]
            .choose(self.rng)
            .unwrap_or(&1000);
        let v = self.bind(Ty::Any);
        match self.rng.gen_range(0..10) {
            0..=2 => {
                let init = self.pick(&["[None]", "list(range(3))", "{}", "{\"k\": 1}", "[[], []]"]);
                let link = self.pick(&[
                    "a.append(a)",
                    "a[\"self\"] = a",
                    "a[0] = a",
                    "a.insert(0, a)",
                    "a[0].append(a)",
                    "a.append([a, {\"k\": a}])",
                    "a.setdefault(\"k\", a)",
                    "a.extend([a, a])",
                ]);
                let op = self.pick(ON_CYCLE);
                let op2 = self.pick(ON_CYCLE);
                format!("import json\na = {init}\n{link}\n{op}\n{op2}\n{v} = a")
            }
            3 => {
                let op = self.pick(ON_CYCLE);
                format!(
                    "a = [None]\nb = [a]\na.append(b)\nb.append({{\"a\": a}})\n{op}\n{v} = a == b"
                )
            }
            4 => {
                let op = self.pick(&[
                    "print(head)",
                    "str(head)",
                    "head == head",
                    "copy(head)",
                    "len(str(head))",
                    "json.dumps(head)",
                    "head = None",
                    "pass",
                ]);
                format!(
                    "import json\nclass Node {{\ndef __init__(self, nxt) {{\nself.next = nxt\n}}\ndef __repr__(self) {{\nreturn f\"N({{self.next!r}})\"\n}}\ndef __eq__(self, o) {{\nreturn self.next == o.next\n}}\n}}\nhead = None\nfor i in range({n}) {{\nhead = Node(head)\n}}\n{op}"
                )
            }
            5 => {
                let wrap = self.pick(&[
                    "[a]",
                    "(a,)",
                    "{\"k\": a}",
                    "{1: [a]}",
                    "(a, None)",
                    "[a, a]",
                ]);
                let op = self.pick(&[
                    "print(a)",
                    "a == a",
                    "hash(a)",
                    "json.dumps(a)",
                    "copy(a)",
                    "sorted([a, a])",
                    "str(a)",
                    "list(a)",
                    "a = None",
                    "pass",
                    "array(a)",
                    "len(a)",
                ]);
                format!("import json\na = None\nfor i in range({n}) {{\na = {wrap}\n}}\n{op}")
            }
            6 => {
                let op = self.pick(&["f()", "print(f)", "f = None", "pass"]);
                format!("f = lambda: 0\nfor i in range({n}) {{\nf = (lambda g: lambda: g())(f)\n}}\n{op}")
            }
            7 => {
                let op = self.pick(&["print(e)", "raise e", "print(repr(e))", "e = None", "pass"]);
                format!(
                    "e = None\nfor i in range({}) {{\ntry {{\nraise ValueError(i) from e\n}} except ValueError as x {{\ne = x\n}}\n}}\n{op}",
                    n.min(100_000)
                )
            }
            8 => {
                let x = self.expr(Ty::Any, 2);
                let op = self.pick(&[
                    "b.append(1)",
                    "b[0] = b",
                    "b.clear()",
                    "b += b",
                    "b.extend(b)",
                    "b.sort()",
                    "b.reverse()",
                    "b.pop(0)",
                    "del b[:]",
                ]);
                format!("a = [{x}, None]\nb = a\n{op}\n{v} = a")
            }
            _ => {
                let x = self.expr(Ty::Any, 2);
                let op = self.pick(&[
                    "b[\"k\"] = 1",
                    "b.clear()",
                    "b.update(b)",
                    "b[\"self\"] = b",
                    "b.popitem()",
                    "b |= {\"z\": b}",
                ]);
                format!("a = {{\"k\": {x}}}\nb = a\n{op}\n{v} = a")
            }
        }
    }

    /// A builtin reading a container that its callback changes.
    pub(super) fn mutate_while_reading(&mut self) -> String {
        let xs = self.pick(&[
            "list(range(5))",
            "[3, \"a\", None]",
            "list(\"abcab\")",
            "[E(), E(), 1]",
            "[]",
        ]);
        let d = self.pick(&[
            "{1: 1, 2: 2}",
            "{\"a\": 1}",
            "{E(): 1, 2: 2}",
            "{}",
            "dict.fromkeys(range(5))",
        ]);
        let s = self.pick(&["{1, 2, 3}", "set()", "{E(), 1}", "set(range(5))"]);
        let body = self.pick(E_BODIES);
        let op = self.pick(MUTATE_READ);
        let op2 = if self.chance(0.3) {
            format!("\n{}", self.pick(MUTATE_READ))
        } else {
            String::new()
        };
        let tail = self.pick(&["print(xs, d, s)", "xs", "len(xs) + len(d) + len(s)", "pass"]);
        let wrap = self.chance(0.3);
        let (pre, post) = if wrap {
            (
                "try {\n",
                "\n} except Exception as e {\nprint(type(e).__name__)\n}",
            )
        } else {
            ("", "")
        };
        format!(
            "import json\nclass E {{\n{body}\n}}\nxs = {xs}\nd = {d}\ns = {s}\n{pre}{op}{op2}{post}\n{tail}"
        )
    }
}
