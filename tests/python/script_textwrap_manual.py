# manual word wrapping, justification and a boxed banner
def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        if current and length + 1 + len(word) > width:
            lines.append(" ".join(current))
            current = [word]
            length = len(word)
        else:
            length += len(word) + (1 if current else 0)
            current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines

def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + " " * n
    return out + words[-1]

def banner(lines):
    width = max(len(l) for l in lines)
    print("+" + "-" * (width + 2) + "+")
    for l in lines:
        print("| " + l.ljust(width) + " |")
    print("+" + "-" * (width + 2) + "+")

text = ("Python is an easy to learn, powerful programming language. It has "
        "efficient high-level data structures and a simple but effective "
        "approach to object-oriented programming.")
lines = wrap(text, 30)
for l in lines:
    print(repr(l))
banner(lines)
for l in lines[:-1]:
    print("[" + justify(l, 30) + "]")
print("[" + lines[-1].center(30) + "]")
banner(["Title".center(12), "x".rjust(12)])
