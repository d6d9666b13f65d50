# instances reachable from several containers
class Node {
    def __init__(self, val) {
        self.val = val
        self.children = []
    }
}

root = Node("root")
child = Node("child")
root.children.append(child)
child.val = "renamed"
print(root.children[0].val)
nodes = [root, child]
for n in nodes {
    n.val = n.val.upper()
}
print(root.val, child.val)
by_name = {n.val: n for n in nodes}
by_name["ROOT"].children.append(Node("leaf"))
print(len(root.children), [c.val for c in root.children])
