# an inventory system: classes, dicts, exceptions and a formatted report
class OutOfStock(Exception) {
    def __init__(self, sku, wanted, have) {
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
        self.sku = sku
    }
}

class Item {
    def __init__(self, sku, name, price, qty=0) {
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty
    }
    def value(self) {
        return self.price * self.qty
    }
    def __repr__(self) {
        return f"Item({self.sku!r}, qty={self.qty})"
    }
}

class Inventory {
    def __init__(self) {
        self.items = {}
        self.events = []
    }
    def add(self, item) {
        if item.sku in self.items {
            self.items[item.sku].qty += item.qty
        } else {
            self.items[item.sku] = item
        }
        self.events.append(("add", item.sku, item.qty))
    }
    def remove(self, sku, n) {
        if sku not in self.items {
            raise KeyError(sku)
        }
        item = self.items[sku]
        if n > item.qty {
            raise OutOfStock(sku, n, item.qty)
        }
        item.qty -= n
        self.events.append(("remove", sku, n))
    }
    def __len__(self) {
        return len(self.items)
    }
    def __getitem__(self, sku) {
        return self.items[sku]
    }
    def total_value(self) {
        return sum(it.value() for it in self.items.values())
    }
    def low_stock(self, limit=5) {
        return sorted(it.sku for it in self.items.values() if it.qty < limit)
    }
    def report(self) {
        lines = [f"{'sku':<6}{'name':<12}{'qty':>5}{'price':>9}{'value':>10}"]
        for sku in sorted(self.items) {
            it = self.items[sku]
            lines.append(f"{sku:<6}{it.name:<12}{it.qty:>5}{it.price:>9.2f}{it.value():>10.2f}")
        }
        lines.append(f"{'':<6}{'TOTAL':<12}{'':>5}{'':>9}{self.total_value():>10.2f}")
        return "\n".join(lines)
    }
}

inv = Inventory()
stock = (("A1", "widget", 2.5, 10), ("B2", "gadget", 12.0, 3), ("C3", "doohickey", 0.75, 40), ("A1", "widget", 2.5, 5))
for sku, name, price, qty in stock {
    inv.add(Item(sku, name, price, qty))
}
print(len(inv), inv["A1"], inv.low_stock())
orders = [("A1", 4), ("B2", 5), ("Z9", 1), ("C3", 38), ("B2", 3)]
for sku, n in orders {
    try {
        inv.remove(sku, n)
        print(f"shipped {n} x {sku}")
    } except OutOfStock as e {
        print("out of stock:", e)
    } except KeyError as e {
        print("unknown sku:", e)
    }
}
print(inv.report())
print("low stock:", inv.low_stock())
print("events:", len(inv.events), inv.events[-1])
counts = {}
for kind, _, n in inv.events {
    counts[kind] = counts.get(kind, 0) + n
}
print(counts)
