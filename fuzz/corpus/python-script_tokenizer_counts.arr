# a tiny tokenizer with token counts and sorted output
TEXT = "def f(x): return x * 2 + 10\nif f(3) >= 16: print('big') # comment\nvalues = [f(i) for i in range(3)]"
KEYWORDS = {"def", "return", "if", "for", "in", "print"}
OPERATORS = {"+", "-", "*", "/", "=", ">=", "<=", "==", "(", ")", "[", "]", ":", ","}
DIGITS = "0123456789"
LETTERS = "abcdefghijklmnopqrstuvwxyz_" + "abcdefghijklmnopqrstuvwxyz".upper()

def tokenize(text) {
    tokens = []
    i = 0
    while i < len(text) {
        ch = text[i]
        if ch == "#" {
            while i < len(text) and text[i] != "\n" {
                i += 1
            }
        } elif ch in " \t\n" {
            i += 1
        } elif ch in DIGITS {
            j = i
            while j < len(text) and text[j] in DIGITS {
                j += 1
            }
            tokens.append(("NUM", text[i:j]))
            i = j
        } elif ch in LETTERS {
            j = i
            while j < len(text) and (text[j] in LETTERS or text[j] in DIGITS) {
                j += 1
            }
            word = text[i:j]
            tokens.append(("KW" if word in KEYWORDS else "NAME", word))
            i = j
        } elif ch == "'" or ch == '"' {
            j = text.find(ch, i + 1)
            tokens.append(("STR", text[i:j + 1]))
            i = j + 1
        } elif text[i:i + 2] in OPERATORS {
            tokens.append(("OP", text[i:i + 2]))
            i += 2
        } elif ch in OPERATORS {
            tokens.append(("OP", ch))
            i += 1
        } else {
            raise ValueError(f"unexpected character {ch!r} at {i}")
        }
    }
    return tokens
}

tokens = tokenize(TEXT)
print(len(tokens), "tokens")
print(tokens[:8])
kinds = {}
for kind, text in tokens {
    kinds[kind] = kinds.get(kind, 0) + 1
}
for kind in sorted(kinds) {
    print(f"{kind:<5}{kinds[kind]:>3}")
}
words = {}
for kind, text in tokens {
    if kind in ("NAME", "KW") {
        words[text] = words.get(text, 0) + 1
    }
}
ranked = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in ranked[:5] {
    print(f"{w:<7}", "#" * c)
}
numbers = [int(t) for k, t in tokens if k == "NUM"]
print("numbers:", numbers, "sum:", sum(numbers))
try {
    tokenize("x = 3 $ 4")
} except ValueError as e {
    print("error:", e)
}
