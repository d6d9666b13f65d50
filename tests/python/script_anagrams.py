# anagram grouping, palindromes and string tricks
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "level", "Racecar"]

groups = {}
for w in words:
    key = "".join(sorted(w.lower()))
    groups.setdefault(key, []).append(w)
for key, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{key:<8} {len(members)} {members}")

def is_palindrome(s):
    cleaned = "".join(ch.lower() for ch in s if ch.isalnum())
    return cleaned == cleaned[::-1]

tests = ["level", "Racecar", "A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon"]
for t in tests:
    print(f"{t!r:>35} -> {is_palindrome(t)}")
pal = [w for w in words if is_palindrome(w)]
print(pal)

def char_freq(s):
    return {ch: s.count(ch) for ch in sorted(set(s)) if ch != " "}

print(char_freq("hello world"))
print(sorted(set("mississippi")), len(set("mississippi")))
print(max(set("hello world") - {" "}, key="hello world".count))
first_unique = next((c for c in "swiss" if "swiss".count(c) == 1), None)
print(first_unique)
print("".join(sorted("banana", reverse=True)))
print(sorted(words, key=len, reverse=True)[:3])
print(" ".join(w.capitalize() for w in "the old man and the sea".split()))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
