# textwrap.wrap / fill / shorten and TextWrapper options.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text))
print(textwrap.wrap("", width=10), textwrap.wrap("   ", width=10), textwrap.wrap("short", 10))
print(textwrap.fill(text, width=35, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill("Hello there -- you goof-ball, use the -b option!", width=12))
print(textwrap.wrap("a well-known self-contained co-operative x-ray", width=10))
print(textwrap.wrap("a well-known self-contained co-operative x-ray", width=10, break_on_hyphens=False))
print(textwrap.wrap("Supercalifragilisticexpialidocious is long", width=10))
print(textwrap.wrap("Supercalifragilisticexpialidocious is long", width=10, break_long_words=False))
print(textwrap.wrap("averyveryvery-long-hyphenated-word here", width=12))
print(textwrap.wrap("tabs\there\tand\tthere", width=12), textwrap.wrap("tabs\there", width=40, expand_tabs=False))
print(textwrap.wrap("tabs\there", width=40, tabsize=4), textwrap.wrap("line one\nline two\n\nline three", width=40))
print(textwrap.wrap("keep   spaces   inside", width=40), textwrap.wrap("  leading and trailing  ", width=40))
print(textwrap.wrap("  leading and trailing  ", width=10, drop_whitespace=False))
print(textwrap.wrap("Hello world. This is it. Done? Yes.", width=80, fix_sentence_endings=True))
print(textwrap.wrap("keep\nnewlines here", width=80, replace_whitespace=False))
print(textwrap.wrap(text, width=30, max_lines=2), textwrap.wrap(text, width=30, max_lines=3, placeholder=" ..."))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten(text, width=50), textwrap.shorten(text, width=50, placeholder="..."))
print(textwrap.shorten("   lots    of\n\twhitespace   ", 100), textwrap.shorten("Supercalifragilistic", 10))
w = textwrap.TextWrapper(width=25, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap(text))
print(w.fill("one two three"))
w.width = 15
print(w.fill("one two three four five six"))
print(len(textwrap.wrap("x " * 100, width=9)), textwrap.wrap("word " * 5, width=1))
for bad in (0, -1) {
    try {
        textwrap.wrap("abc", width=bad)
    } except ValueError as e {
        print("ValueError:", e)
    }
}
try {
    textwrap.shorten("hello world", width=3)
} except ValueError as e {
    print("ValueError:", e)
}
