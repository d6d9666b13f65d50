# bank queue simulation with collections.deque and a generator of events
from collections import deque, Counter, defaultdict

def arrivals() {
    pattern = (2, 0, 1, 3, 0, 1, 2, 0)
    for minute, n in enumerate(pattern) {
        for k in range(n) {
            yield minute, f"c{minute}{k}"
        }
    }
}

queue = deque()
served = []
events = list(arrivals())
print(len(events), events[:3])
by_minute = defaultdict(list)
for minute, cust in events {
    by_minute[minute].append(cust)
}
for minute in range(10) {
    queue.extend(by_minute.get(minute, []))
    if queue {
        served.append((minute, queue.popleft()))
    }
    print(f"t={minute:02d} waiting={len(queue)} {list(queue)}")
}
print(served[-3:])
counts = Counter(m for m, _ in events)
print(counts.most_common(2))
print(sorted(counts.items()))
d = deque(maxlen=3)
for i in range(6) {
    d.append(i)
}
print(d, list(d))
d.appendleft(-1)
d.rotate(1)
print(list(d))
letters = Counter("mississippi")
print(letters["s"], letters["z"], letters.most_common(3))
