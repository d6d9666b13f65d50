# a tiny event scheduler: a sorted queue, a context manager, closures with nonlocal
class Clock {
    def __init__(self) {
        self.now = 0
    }
}

class Trace {
    def __init__(self, sched, name) {
        self.sched = sched
        self.name = name
    }
    def __enter__(self) {
        self.sched.log.append(f"t={self.sched.clock.now:>3} start {self.name}")
        return self
    }
    def __exit__(self, exc_type, exc, tb) {
        if exc_type is not None {
            self.sched.log.append(f"t={self.sched.clock.now:>3} FAIL  {self.name}: {exc}")
            return True
        }
        self.sched.log.append(f"t={self.sched.clock.now:>3} done  {self.name}")
        return False
    }
}

class Scheduler {
    def __init__(self) {
        self.queue = []
        self.clock = Clock()
        self.log = []
        self.seq = 0
    }
    def schedule(self, delay, name, action=None) {
        self.seq += 1
        self.queue.append((self.clock.now + delay, self.seq, name, action))
        self.queue.sort(key=lambda e: (e[0], e[1]))
    }
    def run(self, until) {
        while self.queue and self.queue[0][0] <= until {
            when, _, name, action = self.queue.pop(0)
            self.clock.now = when
            with Trace(self, name) {
                if action is not None {
                    action(self)
                }
            }
        }
        self.clock.now = until
    }
}

def repeating(every, times) {
    count = 0
    def act(s) {
        nonlocal count
        count += 1
        if count < times {
            s.schedule(every, f"tick{count + 1}", act)
        }
    }
    return act
}

def failing(s) {
    raise RuntimeError("disk full")
}

s = Scheduler()
s.schedule(5, "tick1", repeating(5, 3))
s.schedule(2, "boot")
s.schedule(12, "backup", failing)
s.schedule(12, "report", lambda sch: sch.schedule(1, "email"))
s.run(until=20)
for line in s.log {
    print(line)
}
print("pending:", [(w, n) for w, _, n, _ in s.queue])
print("clock:", s.clock.now)
s.schedule(3, "late")
s.run(until=30)
print(s.log[-2:], len(s.log))
