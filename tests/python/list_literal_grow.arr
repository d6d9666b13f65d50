# A bracket literal of numbers grows like Python's list when the program
# treats it as one: append/pop, [0] * n, acc + [x]
fib = [0, 1]
while len(fib) < 15 {
    fib.append(fib[-1] + fib[-2])
}
print(fib)
stack = [1]
stack.append(2)
stack.extend([3, 4])
print(stack.pop(), stack.pop(0), stack)
dp = [0] * 10
dp[0] = 1
for coin in (1, 2, 5) {
    for v in range(coin, 10) {
        dp[v] += dp[v - coin]
    }
}
print(dp)
grid = [[0] * 4 for _ in range(3)]
grid[1][2] = 7
print(grid)
alias = [[0] * 3] * 2
alias[0][0] = 5
print(alias)
acc = []
for i in range(5) {
    acc = acc + [i * i]
}
print(acc)
acc2 = list(range(3))
acc2 = [9] + acc2
print(acc2)
flags = [False] * 4
flags[2] = True
print(flags, any(flags), flags.count(True))
names = ["a"] * 3
print(names)
counts = [0, 0, 0]
counts.insert(0, 9)
counts.remove(0)
print(counts, counts.index(9))
q = [3, 1, 2]
q.reverse()
print(q)
