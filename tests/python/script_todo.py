# to-do manager with priorities, sorting and str.format tables
class Task:
    _next_id = 1
    PRIORITIES = {"high": 1, "medium": 2, "low": 3}

    def __init__(self, title, priority="medium", done=False):
        if priority not in Task.PRIORITIES:
            raise ValueError(f"unknown priority: {priority!r}")
        self.id = Task._next_id
        Task._next_id += 1
        self.title = title
        self.priority = priority
        self.done = done

    def __lt__(self, other):
        return (Task.PRIORITIES[self.priority], self.id) < (Task.PRIORITIES[other.priority], other.id)

    def __repr__(self):
        mark = "x" if self.done else " "
        return "[{}] #{:03d} {:<22} ({})".format(mark, self.id, self.title, self.priority)


class TodoList:
    def __init__(self):
        self.tasks = {}

    def add(self, title, priority="medium"):
        t = Task(title, priority)
        self.tasks[t.id] = t
        return t.id

    def complete(self, task_id):
        try:
            self.tasks[task_id].done = True
        except KeyError:
            print(f"no task #{task_id}")

    def pending(self):
        return sorted(t for t in self.tasks.values() if not t.done)

    def summary(self):
        done = sum(1 for t in self.tasks.values() if t.done)
        return "{}/{} done ({:.0%})".format(done, len(self.tasks), done / len(self.tasks))


todo = TodoList()
entries = [("write report", "high"), ("buy milk", "low"), ("call mom", "medium"),
           ("fix bug #42", "high"), ("water plants", "low")]
for title, pr in entries:
    todo.add(title, pr)
todo.complete(2)
todo.complete(4)
todo.complete(99)
for t in todo.pending():
    print(t)
print(todo.summary())
try:
    todo.add("nap", "urgent")
except ValueError as e:
    print("Error:", e)
print(sorted(todo.tasks.values())[0].title)
print(len(todo.tasks), Task._next_id)
