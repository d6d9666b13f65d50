# f-string fill, align and width
name = "arr"
n = 42
print(f"[{name:>8}]")
print(f"[{name:<8}]")
print(f"[{name:^8}]")
print(f"[{name:*^9}]")
print(f"[{name:->7}]")
print(f"[{n:5}]")
print(f"[{n:<5}]")
print(f"[{n:^6}]")
print(f"[{n:05}]")
print(f"[{-n:06}]")
print(f"[{n:=+6}]")
print(f"[{-n:=8}]")
print(f"[{'':>3}]")
print(f"[{name:2}]")
print(f"[{2.5:8}] [{2.5:<8}] [{'s':0>4}]")
