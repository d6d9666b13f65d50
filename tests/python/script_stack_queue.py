# stack and queue classes with dunder methods
class StackEmptyError(Exception):
    pass

class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise StackEmptyError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def is_empty(self):
        return len(self._items) == 0

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Stack({self._items})"

    def __bool__(self):
        return bool(self._items)


class Queue:
    def __init__(self, items=None):
        self.items = list(items) if items else []

    def enqueue(self, x):
        self.items.append(x)

    def dequeue(self):
        return self.items.pop(0)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items


def balanced(expr):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in expr:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if st.is_empty() or st.pop() != pairs[ch]:
                return False
    return st.is_empty()

s = Stack()
for word in ("a", "b", "c"):
    s.push(word)
print(s, len(s), s.peek())
print(s.pop(), s.pop(), len(s), bool(s))
s.pop()
print(bool(s), s.peek())
try:
    s.pop()
except StackEmptyError as e:
    print("Error:", e)
for e in ("(a[b]{c})", "(]", "((", "{[()()]}"):
    print(f"{e!r:12} balanced={balanced(e)}")
q = Queue(("x", "y"))
q.enqueue("z")
print(len(q), "y" in q, "w" in q, list(q))
print(q.dequeue(), [item.upper() for item in q])
