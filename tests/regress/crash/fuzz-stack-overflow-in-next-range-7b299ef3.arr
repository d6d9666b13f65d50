# arr-fuzz failure: stack overflow in next, range
# detail: arr-fuzz worker: fault in the engine thread's stack guard: stack overflow
# seed 20261201, job 1, input 151, generated input, file access on, minimized in 248 runs; reproduce with `arr-fuzz --repro FILE`
class Node {
def __init__(self, nxt) {
self.next = nxt
}
}
head = None
for i in range(75000) {
head = Node(head)
}
