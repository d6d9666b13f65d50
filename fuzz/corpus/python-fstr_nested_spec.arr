# nested replacement fields inside the format spec
x = 3.14159
for w in (6, 8, 10) {
    print(f"[{x:{w}.2f}]")
}
for p in range(4) {
    print(f"[{x:.{p}f}]")
}
w, p = 12, 3
print(f"[{x:>{w}.{p}e}]")
align = "^"
print(f"[{'mid':{align}{w}}]")
fill = "*"
print(f"[{42:{fill}<{w}}]")
print(f"[{'x' * 3:>{w - 6}}]")
spec = ".1%"
print(f"[{0.256:{spec}}]")
