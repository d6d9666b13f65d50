# sets of tuples
edges = {("a", "b"), ("b", "c"), ("a", "b")}
print(len(edges), sorted(edges))
nodes = {n for e in edges for n in e}
print(sorted(nodes))
print(("b", "c") in edges, ("c", "b") in edges)
undirected = edges | {(y, x) for x, y in edges}
print(sorted(undirected))
