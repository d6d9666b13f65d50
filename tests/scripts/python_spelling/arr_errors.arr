import numpy as np
a = np.ones((2, 3))
tries = (lambda: a @ np.ones((4, 5)), lambda: a[5], lambda: np.zeros(2) + np.zeros(3),
         lambda: np.linalg.inv(np.zeros((2, 2))), lambda: {"k": 1}["x"],
         lambda: 1 // 0, lambda: len(3), lambda: int("x"))
names = []
for bad in tries {
    try {
        bad()
    } except Exception as e {
        names.append(type(e).__name__)
    }
}
print(names)
try {
    a[5]
} except IndexError as e {
    print(e)
}
