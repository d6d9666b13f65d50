# re: searching, matching, groups, findall, sub with templates and functions, split.
import re

text = "Contact: alice@example.com, bob.smith@mail.org; phone 555-1234 or 555-9876."
emails = re.findall(r"[\w.]+@[\w.]+\.\w+", text)
print(emails)
print(re.findall(r"(\w+)@(\w+)", text))
phones = re.findall(r"\d{3}-\d{4}", text)
print(phones)
m = re.search(r"(?P<user>[\w.]+)@(?P<domain>[\w.]+)", text)
print(m.group(), m.group(1), m.group("domain"), m.groups())
print(m.groupdict(), m.start(), m.end(), m.span("user"))
print(m)
print(re.match(r"\d+", "abc 123"), re.match(r"[A-Z]\w+", text).group())
print(bool(re.fullmatch(r"\d{3}-\d{4}", "555-1234")), re.fullmatch(r"\d+", "12a"))
print(re.sub(r"\d", "#", "a1b22c333"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "x@y and p@q"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
print(re.sub(r"\d+", lambda mm: str(int(mm.group()) * 2), "3 apples and 12 pears"))
print(re.subn(r"a", "A", "banana"), re.sub(r"a", "A", "banana", count=2))
print(re.split(r"\s*[,;]\s*", "one , two;three ;four"))
print(re.split(r"(-)", "a-b-c"), re.split(r"\s+", "a b  c d", maxsplit=2))
pat = re.compile(r"^(\w+):\s*(.*)$", re.MULTILINE)
config = "name: arr\nversion: 0.1\n# comment\nlicense: MIT"
for key, value in pat.findall(config) {
    print(f"{key!r} -> {value!r}")
}
print(pat.pattern, pat.groups)
words = re.compile(r"\b[a-z]+\b", re.IGNORECASE)
print(words.findall("The Quick brown FOX, 42 times!"))
print([mm.span() for mm in re.finditer(r"o", "foo boo")])
for mm in re.finditer(r"(\d+)([a-z]+)", "10kg 5m 300ms") {
    print(mm.group(1), mm.group(2), mm.start())
}
print(re.escape("price: $5.00 (approx)"))
print(re.findall(r"^\w+", "first line\nsecond line", re.M))
print(re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.S).group())
print(re.findall(r"(\w)\1", "aabbcdde"))
print(re.findall(r"\w+(?=!)", "hi! there bye!"))
print(re.search(r"end$", "the end\n") is not None)
print(re.sub(r"\s+", " ", "  lots   of\t\tspace  ").strip())
tokens = re.findall(r"\d+\.?\d*|[-+*/()]", "3 + 4.5 * (2 - 1)")
print(tokens)
try {
    re.compile(r"(unclosed")
} except re.error as e {
    print("re.error raised")
}
date = re.match(r"(\d{4})-(\d{2})-(\d{2})", "2024-03-15")
year, month, day = map(int, date.groups())
print(year, month, day, date[0], date[2])
