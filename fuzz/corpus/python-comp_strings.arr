# comprehensions over strings and split results
sentence = "Hello World From Arr"
print([w.lower() for w in sentence.split()])
print("".join(w[0] for w in sentence.split()))
print(["".join(reversed(w)) for w in sentence.split()])
csv = "a=1;b=2;c=3"
pairs = [item.split("=") for item in csv.split(";")]
print(pairs)
d = {k: int(v) for k, v in pairs}
print(d)
print([f"{k}:{v * 2}" for k, v in d.items()])
print([s.strip() for s in "  x , y ,z  ".split(",")])
print(sum(int(ch) for ch in "12345"))
print([word for word in "one two three four".split() if len(word) > 3])
print([ch * i for i, ch in enumerate("abc", 1)])
