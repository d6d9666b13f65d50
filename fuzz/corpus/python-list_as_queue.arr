# lists as queues and sliding windows
queue = []
for item in ("a", "b", "c") {
    queue.append(item)
}
while queue {
    first = queue.pop(0)
    print("serve", first, "left", len(queue))
}
stack = list("xyz")
while len(stack) > 0 {
    print(stack.pop())
}
history = []
for step in range(5) {
    history.append(step * step)
    if len(history) > 3 {
        history.pop(0)
    }
    print(step, history)
}
