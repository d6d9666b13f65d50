det(zeros((2, 0, 3)))
