eigh(zeros((0, 3)))
