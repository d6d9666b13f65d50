# str.maketrans and str.translate: ciphers, cleaning, deletion.
import string

shift = 3
lower = string.ascii_lowercase
table = str.maketrans(lower, lower[shift:] + lower[:shift])
secret = "attack at dawn".translate(table)
print(secret)
back = str.maketrans(lower[shift:] + lower[:shift], lower)
print(secret.translate(back))
strip_vowels = str.maketrans("", "", "aeiou")
print("programming language".translate(strip_vowels))
leet = str.maketrans({"a": "4", "e": "3", "o": None, "l": "1"})
print("hello leet world".translate(leet))
no_punct = str.maketrans("", "", string.punctuation)
print("Hi! How's it going?".translate(no_punct).lower().split())
print("abc".translate({97: "AA", 98: None}), len(table), table[ord("a")])
