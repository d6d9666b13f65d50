# strip and case methods
s = "   Hello, World!  "
print(f"[{s.strip()}]")
print("xxhixx".strip("x"), "--a-b--".strip("-"), "abcba".strip("ab"))
print(s.upper(), s.lower())
print("MiXeD".lower(), "MiXeD".upper())
print("\t tabbed \n".strip() + "|")
print("".strip() == "", "   ".strip() == "")
words = ["  Alpha", "beta  ", " GAMMA "]
print([w.strip().lower() for w in words])
print("straße".upper(), "ÄÖÜ".lower())
