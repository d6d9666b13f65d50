# an arithmetic expression evaluator: tokenizer, shunting-yard, RPN evaluation
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT = {"^"}

class ParseError(Exception) { }

def tokenize(src) {
    tokens = []
    num = ""
    for ch in src {
        if ch in "0123456789." {
            num += ch
            continue
        }
        if num {
            tokens.append(float(num) if "." in num else int(num))
            num = ""
        }
        if ch == " " {
            continue
        }
        if ch in PREC or ch in "()" {
            tokens.append(ch)
        } else {
            raise ParseError(f"bad character {ch!r}")
        }
    }
    if num {
        tokens.append(float(num) if "." in num else int(num))
    }
    return tokens
}

def to_rpn(tokens) {
    out = []
    ops = []
    for t in tokens {
        if isinstance(t, (int, float)) {
            out.append(t)
        } elif t == "(" {
            ops.append(t)
        } elif t == ")" {
            while ops and ops[-1] != "(" {
                out.append(ops.pop())
            }
            if not ops {
                raise ParseError("unbalanced )")
            }
            ops.pop()
        } else {
            while ops and ops[-1] != "(" and (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t not in RIGHT)) {
                out.append(ops.pop())
            }
            ops.append(t)
        }
    }
    while ops {
        op = ops.pop()
        if op == "(" {
            raise ParseError("unbalanced (")
        }
        out.append(op)
    }
    return out
}

def evaluate(rpn) {
    stack = []
    for t in rpn {
        if isinstance(t, (int, float)) {
            stack.append(t)
            continue
        }
        if len(stack) < 2 {
            raise ParseError("missing operand")
        }
        b = stack.pop()
        a = stack.pop()
        if t == "+" {
            stack.append(a + b)
        } elif t == "-" {
            stack.append(a - b)
        } elif t == "*" {
            stack.append(a * b)
        } elif t == "/" {
            stack.append(a / b)
        } elif t == "%" {
            stack.append(a % b)
        } else {
            stack.append(a ** b)
        }
    }
    if len(stack) != 1 {
        raise ParseError("leftover operands")
    }
    return stack[0]
}

exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4", "7 % 3 + 0.5", "100 - 2 - 3", "((2))", "1 / 0", "2 * (3 + 4", "3 + $", "4 +"]
for e in exprs {
    try {
        rpn = to_rpn(tokenize(e))
        value = evaluate(rpn)
        print(f"{e:<14} => {' '.join(str(t) for t in rpn):<16} = {value}")
    } except ParseError as err {
        print(f"{e:<14} => parse error: {err}")
    } except ZeroDivisionError as err {
        print(f"{e:<14} => math error: {err}")
    }
}
