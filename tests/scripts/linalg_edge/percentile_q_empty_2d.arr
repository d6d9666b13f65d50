percentile([1, 2, 3], zeros((0, 2)))
