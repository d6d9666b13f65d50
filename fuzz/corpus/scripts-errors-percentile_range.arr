percentile([1, 2, 3], 150)
