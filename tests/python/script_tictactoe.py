# tic-tac-toe board evaluation
def new_board():
    return [[" " for _ in range(3)] for _ in range(3)]

def show(board):
    for i, row in enumerate(board):
        print(" " + " | ".join(row))
        if i < 2:
            print("---+---+---")

def winner(board):
    lines = []
    lines.extend(board)
    lines.extend([board[r][c] for r in range(3)] for c in range(3))
    lines.append([board[i][i] for i in range(3)])
    lines.append([board[i][2 - i] for i in range(3)])
    for line in lines:
        if line[0] != " " and line.count(line[0]) == 3:
            return line[0]
    if all(cell != " " for row in board for cell in row):
        return "draw"
    return None

moves = [(1, 1), (0, 0), (2, 2), (0, 2), (0, 1), (2, 1), (1, 0), (1, 2), (2, 0)]
board = new_board()
player = "X"
for turn, (r, c) in enumerate(moves, start=1):
    board[r][c] = player
    w = winner(board)
    if w:
        print(f"turn {turn}: result {w}")
        break
    player = "O" if player == "X" else "X"
show(board)
empty = [(r, c) for r in range(3) for c in range(3) if board[r][c] == " "]
print("empty:", empty)
b2 = new_board()
for r, c in ((0, 0), (1, 1), (2, 2)):
    b2[r][c] = "O"
print(winner(b2))
counts = {mark: sum(row.count(mark) for row in board) for mark in "XO"}
print(counts)
