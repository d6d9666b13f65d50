# if / elif / else chains
def grade(score) {
    if score >= 90 {
        return "A"
    } elif score >= 80 {
        return "B"
    } elif score >= 70 {
        return "C"
    } else {
        return "F"
    }
}

for s in (95, 85, 75, 65, 90, 0) {
    print(s, grade(s))
}

def classify(n) {
    kind = []
    if n % 2 == 0 {
        kind.append("even")
    }
    if n % 3 == 0 {
        kind.append("div3")
    }
    if not kind {
        kind.append("other")
    }
    return "/".join(kind)
}

for n in range(1, 8) {
    print(n, classify(n))
}
x = 5
if x > 3 and x < 10 or x == 0 {
    print("in range")
}
if not (x > 3) {
    print("no")
} else {
    print("yes")
}
if x == 1 {
    print("one")
} elif x == 5 {
    if x % 2 {
        print("five, odd")
    } else {
        print("five, even?")
    }
}
