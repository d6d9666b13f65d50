X = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
X = vstack([X, ones(len(X))]).T
theta = lstsq(X, y)[0]
print(theta)
