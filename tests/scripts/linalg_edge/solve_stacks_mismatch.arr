solve(stack([eye(2), eye(2), eye(2)]), zeros((0, 2, 1)))
