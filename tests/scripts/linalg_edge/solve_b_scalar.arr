solve(eye(2), 3.0)
