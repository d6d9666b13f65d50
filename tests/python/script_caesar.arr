# caesar cipher and ord/chr
def shift_char(ch, k) {
    if ch.isupper() {
        base = ord("A")
    } elif ch.islower() {
        base = ord("a")
    } else {
        return ch
    }
    return chr((ord(ch) - base + k) % 26 + base)
}

def encrypt(msg, k) {
    return "".join(shift_char(c, k) for c in msg)
}

def decrypt(msg, k) {
    return encrypt(msg, -k)
}

message = "Hello, World! Attack at Dawn."
secret = encrypt(message, 3)
print(secret)
print(decrypt(secret, 3))
print(encrypt("xyz XYZ", 4))
print([ord(c) for c in "AZaz09"])
print("".join(chr(i) for i in range(65, 75)))

def rot13(s) {
    return encrypt(s, 13)
}

print(rot13("Why did the chicken cross the road?"))
print(rot13(rot13("round trip")))
freq = {}
for ch in secret.lower() {
    if ch.isalpha() {
        freq[ch] = freq.get(ch, 0) + 1
    }
}
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
for k in range(1, 4) {
    print(f"shift {k:2d}: {encrypt('abc', k)}")
}
print(hex(ord("A")), bin(ord("a")), oct(8))
