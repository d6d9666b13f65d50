# grouping with , and _ combined with width, sign, precision
for v in (0, 999, 1000, -1000000, 1234567890) {
    print(f"{v:,} {v:_} {v:>15,} {v:+,}")
}
for v in (1234.5678, -0.001, 1e6) {
    print(f"{v:,.2f} {v:_.3f} {v:,.1e} {v:15,.3f}")
}
print(f"{0.1234:.2%} {-0.5:+.1%} {2:%}")
print(f"{12345.6789:,.0f} {12345:08,}")
amounts = (1234.5, -98765.4321, 0.5)
for a in amounts {
    print(f"{a:>14,.2f}|{a:<14_.1f}|")
}
total = sum(amounts)
print(f"total {total:,.3f}")
