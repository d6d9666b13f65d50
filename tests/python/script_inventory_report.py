# inventory text-table report with formatting
items = [
    ("Widget", 1200, 2.5),
    ("Gadget", 35, 19.99),
    ("Doohickey", 8, 149.0),
    ("Thingamajig", 12000, 0.35),
    ("Gizmo", 0, 75.5),
]

header = f"{'Item':<14}{'Qty':>8}{'Price':>10}{'Value':>14}"
print(header)
print("=" * len(header))
grand = 0
for name, qty, price in items:
    value = qty * price
    grand += value
    print(f"{name:<14}{qty:>8,}{price:>10.2f}{value:>14,.2f}")
print("-" * len(header))
print(f"{'TOTAL':<14}{'':>8}{'':>10}{grand:>14,.2f}")
print()
print("{:^46}".format(" Low stock "))
print("{:*^46}".format(""))
for name, qty, _ in items:
    if qty < 50:
        status = "OUT" if qty == 0 else "LOW"
        print("{0:<20}|{1:>5}|{2:^7}|".format(name, qty, status))
print()
print("{:>10}".format(1234567), "{:,}".format(1234567), "{:_}".format(1234567))
print("{:08.3f}".format(3.14159), "{:+d}".format(42), "{:e}".format(12345.678))
print("{:.1%}".format(0.4567), "{:x}".format(255), "{:#b}".format(5))
cheapest = min(items, key=lambda it: it[2])
print("Cheapest: {0[0]} at ${0[2]:.2f}".format(cheapest))
names = ", ".join(n for n, q, p in items if q > 10)
print(f"In stock: {names}")
