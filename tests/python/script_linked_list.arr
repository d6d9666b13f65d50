# a singly linked list with __iter__, __len__, __getitem__, __contains__
class Node {
    def __init__(self, value, next=None) {
        self.value = value
        self.next = next
    }
}


class LinkedList {
    def __init__(self, values=()) {
        self.head = None
        self.size = 0
        for v in values {
            self.append(v)
        }
    }

    def append(self, value) {
        node = Node(value)
        if self.head is None {
            self.head = node
        } else {
            cur = self.head
            while cur.next is not None {
                cur = cur.next
            }
            cur.next = node
        }
        self.size += 1
    }

    def prepend(self, value) {
        self.head = Node(value, self.head)
        self.size += 1
    }

    def __iter__(self) {
        cur = self.head
        while cur {
            yield cur.value
            cur = cur.next
        }
    }

    def __len__(self) {
        return self.size
    }

    def __getitem__(self, index) {
        if index < 0 {
            index += self.size
        }
        if not 0 <= index < self.size {
            raise IndexError("linked list index out of range")
        }
        for i, v in enumerate(self) {
            if i == index {
                return v
            }
        }
    }

    def __contains__(self, value) {
        return any(v == value for v in self)
    }

    def reverse(self) {
        prev = None
        cur = self.head
        while cur {
            cur.next, prev, cur = prev, cur, cur.next
        }
        self.head = prev
    }

    def __str__(self) {
        return " -> ".join(str(v) for v in self) or "empty"
    }
}


ll = LinkedList(("b", "c", "d"))
ll.prepend("a")
print(ll, len(ll))
print(ll[0], ll[-1], ll[2])
print("c" in ll, "z" in ll)
ll.reverse()
print(ll)
print(list(ll), sorted(ll), [v * 2 for v in ll])
try {
    ll[10]
} except IndexError as e {
    print("IndexError:", e)
}
print(LinkedList())
nums = LinkedList(range(1, 6))
print(sum(nums), max(nums), nums)
