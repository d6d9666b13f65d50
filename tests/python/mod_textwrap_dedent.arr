# textwrap.dedent and textwrap.indent.
import textwrap

def show(s) {
    print(repr(s))
}

show(textwrap.dedent("    hello\n      world\n    end\n"))
show(textwrap.dedent("Hello there.\n  This is indented."))
show(textwrap.dedent("  \thello there\n  \t  how are you?"))
show(textwrap.dedent("  hello\n\tworld"))
show(textwrap.dedent("    a\n\n    b\n   \n    c"))
show(textwrap.dedent("        \n    x\n  "))
show(textwrap.dedent(""))
show(textwrap.dedent("no indent\n  some\n"))
show(textwrap.dedent("\t\tone\n\t\ttwo\n\tthree"))
code = '''
    total = 0
        total += x * 2

    print(total)
'''
print(textwrap.dedent(code))
show(textwrap.indent("hello\nworld\n", "> "))
show(textwrap.indent("hello\n\n  \nworld", "  "))
show(textwrap.indent("hello\n\nworld\n", "+ ", lambda line: True))
show(textwrap.indent("a\nbb\nccc\n", "-", predicate=lambda line: len(line) > 2))
show(textwrap.indent("one\r\ntwo\rthree", "# "))
show(textwrap.indent("", "> "))
print(textwrap.indent(textwrap.dedent(code).strip(), "    "))
print(textwrap.fill(textwrap.dedent("""\
    The textwrap module can be used to format text for output in situations
    where pretty-printing is desired.  It offers programmatic functionality
    similar to the paragraph wrapping or filling features found in many text
    editors.
    """), width=50))
