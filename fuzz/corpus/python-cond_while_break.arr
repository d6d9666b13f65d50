# while loops, break, continue, nested loops
n = 27
steps = 0
while n != 1 {
    if n % 2 == 0 {
        n //= 2
    } else {
        n = 3 * n + 1
    }
    steps += 1
}
print("collatz steps", steps)
i = 0
found = None
while True {
    i += 1
    if i % 7 == 0 and i % 5 == 0 {
        found = i
        break
    }
}
print(found)
out = []
for k in range(10) {
    if k % 3 == 0 {
        continue
    }
    if k > 7 {
        break
    }
    out.append(k)
}
print(out)
total = 0
for a in range(4) {
    for b in range(4) {
        if b > a {
            break
        }
        total += a * b
    }
}
print(total)
while False {
    print("never")
}
print("end")
