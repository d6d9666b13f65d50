norm(zeros((0, 3)), -2)
