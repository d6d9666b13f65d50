# Conway's game of life on a small torus with numpy
import numpy as np

def roll(a, shift, axis) {
    n = a.shape[axis]
    idx = np.array([(i - shift) % n for i in range(n)])
    return a[idx] if axis == 0 else a[:, idx]
}

def step(board) {
    neighbours = np.zeros_like(board)
    for dr in (-1, 0, 1) {
        for dc in (-1, 0, 1) {
            if dr == 0 and dc == 0 {
                continue
            }
            neighbours += roll(roll(board, dr, 0), dc, 1)
        }
    }
    born = (board == 0) & (neighbours == 3)
    survive = (board == 1) & ((neighbours == 2) | (neighbours == 3))
    return (born | survive).astype(int)
}

def show(board) {
    return "\n".join("".join("#" if v else "." for v in row) for row in board)
}

board = np.zeros((6, 6), dtype=int)
glider = ((0, 1), (1, 2), (2, 0), (2, 1), (2, 2))
for r, c in glider {
    board[r, c] = 1
}
print(show(board))
population = [int(board.sum())]
for gen in range(1, 5) {
    board = step(board)
    population.append(int(board.sum()))
    print(f"-- generation {gen} --")
    print(show(board))
}
print("population:", population)
rows, cols = np.where(board == 1)
print("live cells:", sorted((int(r), int(c)) for r, c in zip(rows, cols)))
blinker = np.zeros((5, 5), dtype=int)
blinker[2, 1:4] = 1
b1 = step(blinker)
b2 = step(b1)
print(b1)
print("period 2:", bool((b2 == blinker).all()), "changed:", bool((b1 != blinker).any()))
