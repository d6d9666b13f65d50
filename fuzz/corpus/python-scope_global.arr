# the global statement
counter = 0

def bump() {
    global counter
    counter += 1
    return counter
}

bump()
bump()
print(counter, bump())
total = 100

def read_only() {
    return total + 1
}

print(read_only())

def shadow() {
    total = 5
    return total
}

print(shadow(), total)

def make_global() {
    global created
    created = "made"
}

make_global()
print(created)
