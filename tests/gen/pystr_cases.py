"""Writes src/pystr_cases.txt (run from the repository root with CPython
3.11.7: `python3 tests/gen/pystr_cases.py > src/pystr_cases.txt`), the cases of
src/pystr_tests.rs: each line is a call in
Python syntax and CPython 3.11.7's answer (repr, or !Kind: message)."""
import sys
cases = []
def C(s, name, *args, **kw):
    cases.append((s, name, args, kw))

U = 'héllo wörld'
# ---- split / rsplit
for s in ['a b  c', '  a b  c  ', '', '   ', 'a', 'a\tb\nc\x0bd\x0ce\x1cf\x1dg\x1eh\x1fi\x85j\xa0k\u2000l\u3000m', 'é ß 😀 中文 ', '\u200bx y']:
    for m in (-1, 0, 1, 2):
        C(s, 'split', None, m)
        C(s, 'rsplit', None, m)
C('a b c', 'split'); C('a b c', 'rsplit')
for s, sep in [('a,b,,c', ','), (',a,', ','), ('', ','), ('aaa', 'aa'), ('aaaa', 'aa'), ('a--b--c', '--'), ('é,ß,😀', ','), ('中文中文', '文'), ('abc', 'x'), ('a b', ' ')]:
    for m in (-1, 0, 1, 2, 9223372036854775807, -5):
        C(s, 'split', sep, m)
        C(s, 'rsplit', sep, m)
C('a,b,c', 'split', sep=',', maxsplit=1)
C('a,b,c', 'rsplit', maxsplit=1, sep=',')
C('a b c', 'split', maxsplit=1)
C('a b c', 'rsplit', None, maxsplit=True)
C('a,b', 'split', ',', True)
C('abc', 'split', '')
C('abc', 'rsplit', '')
C('abc', 'split', '', 1)
C('abc', 'split', 1)
C('abc', 'split', ['a'])
C('abc', 'split', ('a',))
C('abc', 'rsplit', 1.5)
C('abc', 'split', None, None)
C('abc', 'split', None, 1.5)
C('abc', 'split', None, 'x')
C('abc', 'split', 'b', 1, 2)
C('abc', 'split', 'b', sep='x')
C('abc', 'split', x=1)
C('abc', 'rsplit', x=1)
C('abc', 'split', sep=None, maxsplit=1, x=1)
C('abc', 'split', None, 1, x=1)
C('abc', 'split', 1, x=1)
C('abc', 'split', x=1, y=2)
C('abc', 'split', '', maxsplit='x')
C('abc', 'split', 1, 'x'); C('abc', 'rsplit', [], None); C('abc', 'split', '', 1.5)
C('abc', 'split', maxsplit=None)
# ---- splitlines
for s in ['a\nb\r\nc\rd', 'a\n', '\n', '', 'a\n\nb', 'x\x0by\x0cz\x1cw\x1dv\x1eu\x85t\u2028s\u2029r', 'a\x1fb', 'a\r\n\r\nb\r', 'é\n😀\r\n中']:
    C(s, 'splitlines')
    C(s, 'splitlines', True)
C('a\nb', 'splitlines', keepends=True)
C('a\nb', 'splitlines', keepends=0)
C('a\nb', 'splitlines', 2)
C('a\nb', 'splitlines', 'x')
C('a\nb', 'splitlines', None)
C('a\nb', 'splitlines', 1.5)
C('a\nb', 'splitlines', 1, 2)
C('a\nb', 'splitlines', x=1)
C('a\nb', 'splitlines', x=1, y=2)
C('a\nb', 'splitlines', 1, keepends=1)
C('a\nb', 'splitlines', 2**40)
C('a\nb', 'splitlines', -2**40)
# ---- strip
for s in ['  a b  ', '\t\n a \x1c\x85\u3000', '', '   ', 'xxaxx', 'éaé', '😀a😀']:
    for f in ('strip', 'lstrip', 'rstrip'):
        C(s, f)
for f in ('strip', 'lstrip', 'rstrip'):
    C('xyaxy', f, 'xy'); C('xyaxy', f, ''); C('xyaxy', f, None); C('éaé', f, 'é'); C('😀a😀', f, '😀x'); C('aaa', f, 'a')
    C('a', f, 1)
C('a', 'strip', 'a', 'b'); C('a', 'strip', chars='x'); C('a', 'lstrip', None, None)
# ---- replace
for s, a, b in [('abcabc', 'b', 'X'), ('abc', '', '-'), ('', '', 'x'), ('', 'a', 'x'), ('aaa', 'aa', 'b'), ('abc', 'abcd', 'x'), ('héllo', 'é', 'e'), ('😀😀', '😀', ':)'), ('abc', '', ''), ('中文', '', '|')]:
    for n in (-1, 0, 1, 2, 100):
        C(s, 'replace', a, b, n)
C('abc', 'replace', 'b', 'X')
C('abc', 'replace', 'b', 'X', True)
C('abc', 'replace', 'b'); C('abc', 'replace'); C('abc', 'replace', 1, 'b'); C('abc', 'replace', 'a', 1)
C('abc', 'replace', None, 'b'); C('abc', 'replace', 'a', None); C('abc', 'replace', 'a', 'b', None)
C('abc', 'replace', 'a', 'b', 1.0); C('abc', 'replace', 'a', 'b', 1, 2); C('abc', 'replace', 'a', 'b', count=1)
C('abc', 'replace', 1, 'b', 'x')
# ---- startswith / endswith
for f in ('startswith', 'endswith'):
    for args in [('ab',), ('',), ('abcd',), ('bc',), (('x', 'ab'),), (('x', 'bc'),), ((),), ('', 3), ('', 4), ('b', 1), ('b', 1, 2), ('c', -1), ('a', -10), ('', -10, -20), ('ab', None, 2), ('a', True), ('bc', 1, None), ('a', 0, -2), ('', 2, 1)]:
        C('abc', f, *args)
    C('héllo', f, 'é', 1, 2); C('😀中', f, '中', 1); C('😀中', f, '😀', -2, -1)
    C('abc', f); C('abc', f, 1); C('abc', f, ['a']); C('abc', f, None); C('abc', f, ('a', 1)); C('abc', f, (1, 'a'))
    C('abc', f, ('x', 1)); C('abc', f, 'a', 'b'); C('abc', f, 'a', 1.5); C('abc', f, 'a', None, None, 1)
    C('abc', f, 'a', start=0); C('abc', f, 1, 'x'); C('abc', f, 'a', None, 'x'); C('abc', f, ('a', None))
# ---- find family / count
for f in ('find', 'rfind', 'index', 'rindex', 'count'):
    for args in [('b',), ('x',), ('',), ('ab',), ('b', 2), ('b', -3), ('b', -2, -1), ('', 3), ('', 4), ('', 1, 2), ('', 2, 1), ('a', None, None), ('a', -100, 100), ('b', 1, -1), ('ab', 0, 1), ('', -9223372036854775808), ('', 9223372036854775807), ('a', 0, -9223372036854775808), ('a', True), ('b', False, True)]:
        C('abab', f, *args)
    C('héllo wörld', f, 'ö'); C('héllo wörld', f, 'l', 3); C('héllo wörld', f, 'l', -3); C('😀a😀a', f, 'a', 2); C('中文中文', f, '文', 0, 3); C('中文中文', f, '')
    C('abc', f); C('abc', f, 1); C('abc', f, None); C('abc', f, ('a',)); C('abc', f, 'a', 'x'); C('abc', f, 'a', None, 1.5)
    C('abc', f, 'a', 1, 2, 3); C('abc', f, sub='a'); C('abc', f, 1, 'x')
C('aaaa', 'count', 'aa'); C('', 'count', ''); C('', 'count', 'a'); C('', 'find', ''); C('', 'rfind', ''); C('', 'index', 'a')
C('', 'find', '', 1); C('a', 'count', '', 0, 0)
# ---- case
words = ['hello world', 'HELLO', 'Hello World', "they're bill's friends", 'ß', 'ﬁre ﬂy', 'ŉ', 'ǆemal ǅ Ǆ', 'ΣΑΣ ΟΔΟΣ', 'ὈΔΥΣΣΕΎΣ', 'ΑΣ\'', 'Σ', 'aΣ', 'aΣb', 'aΣ.', "aΣ'b", 'a\u0345Σ', 'İstanbul', 'ı i', 'Straße', 'ǰ', 'ᾳ ᾼ', 'ﬀ', 'և', 'Ꭰᏸ ꭰ', '123abc', 'a1b2', 'x_y-z', '😀 smile', '中文 abc', '', 'ÉCOLE élève', 'ǈ', 'ɐɑɒ', 'ⓐⓑ', 'ǅungla', 'hello\tworld', 'aBc DeF', 'ᾈ', 'ꞵ', '𐐨𐐀', '𞤢𞤀']
for w in words:
    for f in ('upper', 'lower', 'casefold', 'title', 'capitalize', 'swapcase', 'isupper', 'islower', 'istitle'):
        C(w, f)
for f in ('upper', 'lower', 'isdigit', 'title', 'casefold'):
    C('a', f, 1); C('a', f, x=1)
C('a', 'upper', 1, x=1); C('a', 'title', 1, 2); C('a', 'isdigit', None)
# ---- pad
for f in ('center', 'ljust', 'rjust'):
    for s in ['a', 'ab', 'abc', '', 'é', '😀中']:
        for w in (-1, 0, 2, 3, 4, 5, 6):
            C(s, f, w)
        C(s, f, 5, '*'); C(s, f, 4, '😀'); C(s, f, 6, 'é')
    C('a', f); C('a', f, 'x'); C('a', f, None); C('a', f, 1.5); C('a', f, 5, 'ab'); C('a', f, 5, ''); C('a', f, 5, 1)
    C('a', f, 5, None); C('a', f, 5, True); C('a', f, 5, 'x', 1); C('a', f, width=5); C('a', f, 'x', 1); C('a', f, True)
for s in ['42', '-42', '+42', '', '-', 'abc', '--1', 'é', '😀', '-é']:
    for w in (-1, 0, 1, 3, 5):
        C(s, 'zfill', w)
C('1', 'zfill'); C('1', 'zfill', 'x'); C('1', 'zfill', 1, 2); C('1', 'zfill', None); C('1', 'zfill', 1.5); C('1', 'zfill', True); C('1', 'zfill', width=3)
# ---- expandtabs
for s in ['a\tb', '\t', 'ab\tc\td', '12345678\tx', 'a\nb\tc', 'a\rbc\td', 'é\t😀\tx', '', 'no tabs']:
    for t in (None, 0, 1, 4, -3, 8):
        if t is None: C(s, 'expandtabs')
        else: C(s, 'expandtabs', t)
C('a\tb', 'expandtabs', tabsize=2); C('a\tb', 'expandtabs', 'x'); C('a\tb', 'expandtabs', 1, 2); C('a\tb', 'expandtabs', tabsize=1.5)
C('a\tb', 'expandtabs', x=1); C('a\tb', 'expandtabs', None); C('a\tb', 'expandtabs', 2**31); C('a\tb', 'expandtabs', -2**40)
C('a\tb', 'expandtabs', 4, tabsize=4); C('a\tb', 'expandtabs', tabsize=4, x=1); C('a\tb', 'expandtabs', True)
# ---- partition
for f in ('partition', 'rpartition'):
    for s, sep in [('a=b=c', '='), ('abc', '='), ('', '='), ('a==b', '=='), ('é😀é', '😀'), ('中文中', '中')]:
        C(s, f, sep)
    C('a', f, ''); C('a', f, 1); C('a', f, None); C('a', f); C('a', f, 'a', 'b'); C('a', f, sep='a')
# ---- removeprefix / removesuffix
for f in ('removeprefix', 'removesuffix'):
    for s, a in [('abcab', 'ab'), ('abc', ''), ('abc', 'abc'), ('abc', 'abcd'), ('', 'a'), ('é😀é', 'é'), ('中文', '文')]:
        C(s, f, a)
    C('a', f, 1); C('a', f, None); C('a', f, ('a',)); C('a', f, True); C('a', f); C('a', f, 'a', 'b'); C('a', f, prefix='a')
# ---- join
C(',', 'join', ['a', 'b', 'c']); C(',', 'join', ('a',)); C(',', 'join', []); C('', 'join', ['a', 'b']); C('-', 'join', 'xyz'); C('é', 'join', '😀中')
C(',', 'join', ['a', 1]); C(',', 'join', [1]); C(',', 'join', 1); C(',', 'join', None); C(',', 'join'); C(',', 'join', ['a'], ['b']); C(',', 'join', iterable=['a'])
C(',', 'join', ['a', None]); C(',', 'join', [('a',)])
# ---- predicates
preds = ['isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'isnumeric', 'isprintable', 'isspace']
samples = ['', 'abc', 'abc1', '123', '١٢٣', '²', '½', 'Ⅻ', '一二三', '零', ' \t\n', '\x1f', '\u200b', 'é', 'ß', '😀', '中文', 'a b', '_x1', '1x', 'x-y', 'π', 'ℕ', '\x7f', 'a\xad', '\u2028', 'ǅ', '①', '𝟘', 'ⅷ', 'x\u0301', 'def', '\xa0', 'ａｂｃ', '০১']
for p in preds:
    for s in samples:
        C(s, p)
    C('a', p, 1)


# ---- random calls (seeded): values, then argument errors
import random
random.seed(311)
AL = ['a', 'b', 'A', 'B', 'ß', 'é', 'É', 'Σ', 'σ', 'ς', ' ', '\t', '\n', '\r', '😀', '中', '-', '+', '0', '1', '\u0345', "'", '.', 'ǅ', 'ǆ', 'ﬁ', 'İ', 'ı', '\x1c', '\u2028', '\x85', '\xa0', '\u3000', '_', '²', '½', '١', 'Ꭰ', 'ꭰ', 'ᾳ', '\u0301', 'ŉ', 'Ⅻ']
def rs(lo=0, hi=8):
    return ''.join(random.choice(AL) for _ in range(random.randint(lo, hi)))
def idx():
    return random.choice([None, -6, -3, -2, -1, 0, 1, 2, 3, 5, 9])
NOARGS = ['upper', 'lower', 'casefold', 'title', 'capitalize', 'swapcase', 'isupper', 'islower', 'istitle', 'isidentifier', 'isascii', 'isprintable', 'isspace', 'isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isalnum']
def random_value_call():
    s = rs()
    m = random.choice(['split', 'rsplit', 'find', 'rfind', 'count', 'index', 'rindex', 'startswith', 'endswith', 'replace', 'strip', 'lstrip', 'rstrip', 'center', 'ljust', 'rjust', 'zfill', 'expandtabs', 'partition', 'rpartition', 'splitlines', 'removeprefix', 'removesuffix', 'join', 'noargs'])
    if m in ('split', 'rsplit'):
        args = [random.choice([None, rs(1, 2)]), random.choice([-1, 0, 1, 2, 3])]
    elif m in ('find', 'rfind', 'count', 'index', 'rindex', 'startswith', 'endswith'):
        sub = rs(0, 2)
        if m in ('startswith', 'endswith') and random.random() < 0.3:
            sub = tuple(rs(0, 2) for _ in range(random.randint(0, 3)))
        args = [sub, idx(), idx()][:random.randint(1, 3)]
    elif m == 'replace':
        args = [rs(0, 2), rs(0, 3), random.choice([-1, 0, 1, 2, 3])]
    elif m in ('strip', 'lstrip', 'rstrip'):
        args = [random.choice([None, rs(0, 3)])]
    elif m in ('center', 'ljust', 'rjust'):
        args = [random.randint(-1, 12), random.choice(AL)]
    elif m == 'zfill':
        args = [random.randint(-1, 10)]
    elif m == 'expandtabs':
        args = [random.randint(-1, 9)]
    elif m in ('partition', 'rpartition'):
        args = [rs(1, 2)]
    elif m == 'splitlines':
        args = [random.choice([True, False])]
    elif m in ('removeprefix', 'removesuffix'):
        args = [rs(0, 3)]
    elif m == 'join':
        s = rs(0, 2)
        args = [random.choice([rs(0, 4), [rs(0, 2) for _ in range(random.randint(0, 4))]])]
    else:
        m = random.choice(NOARGS)
        args = []
    C(s, m, *args)
METHODS = ['capitalize', 'casefold', 'center', 'count', 'endswith', 'expandtabs', 'find', 'index', 'isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'partition', 'removeprefix', 'removesuffix', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'upper', 'zfill']
KW = ['sep', 'maxsplit', 'keepends', 'tabsize', 'x', 'chars', 'width', 'fillchar', 'sub', 'start', 'prefix', 'count']
def val():
    return random.choice([None, True, False, 0, 1, -1, 3, 2**40, -2**40, 1.5, '', 'a', 'ab', ' ', (), ('a',), ('a', 1), (1, 'a'), ['a'], ['a', 2], [], 9223372036854775807, -9223372036854775808])
def random_arg_call():
    s = random.choice(['', 'abc', 'a b', 'é\tß'])
    m = random.choice(METHODS)
    args = [val() for _ in range(random.choice([0, 0, 1, 1, 1, 2, 2, 3, 4]))]
    kws = {}
    for _ in range(random.choice([0, 0, 0, 1, 2])):
        kws[random.choice(KW)] = val()
    C(s, m, *args, **kws)
for _ in range(500):
    random_value_call()
for _ in range(500):
    random_arg_call()

out = []
for s, name, args, kw in cases:
    text = '%r.%s(%s)' % (s, name, ', '.join([repr(a) for a in args] + ['%s=%r' % kv for kv in kw.items()]))
    try:
        r = eval(text)
        res = repr(r)
    except MemoryError:
        continue  # a width past what this machine holds; pystr refuses those itself
    except Exception as e:
        res = '!%s: %s' % (type(e).__name__, e)
    assert '\n' not in text and '\n' not in res
    out.append(text + ' => ' + res)
print('\n'.join(out))
print(len(out), file=sys.stderr)
