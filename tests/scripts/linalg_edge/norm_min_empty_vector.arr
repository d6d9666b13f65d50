norm(zeros(0), -inf)
