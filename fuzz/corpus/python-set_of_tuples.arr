# sets of tuples
edges = {("a", "b"), ("b", "c"), ("a", "b")}
print(len(edges), sorted(edges))
nodes = {n for e in edges for n in e}
print(sorted(nodes))
print(("b", "c") in edges, ("c", "b") in edges)
undirected = edges | {(y, x) for x, y in edges}
print(sorted(undirected))
degree = {}
for a, b in undirected {
    degree[a] = degree.get(a, 0) + 1
}
print(sorted(degree.items()))
pairs = {(min(a, b), max(a, b)) for a, b in undirected}
print(sorted(pairs), len(pairs))
