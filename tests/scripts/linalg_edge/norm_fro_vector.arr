norm([3, 4], "fro")
