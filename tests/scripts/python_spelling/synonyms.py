# arr's fn/true/none are spelled def/True/None in Python.
def shout(word, loud=False):
    return word.upper() if loud else word
def whisper(word): return word.lower()
print(shout("arr"), shout("arr", loud=True), whisper("ARR"))
print(True and not False, None is None, True == True, None is None)
