norm(zeros((3, 0)), -1)
