percentile([], 50)
