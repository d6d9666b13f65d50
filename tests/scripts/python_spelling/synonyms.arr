def shout(word, loud=False) {
    return word.upper() if loud else word
}
fn whisper(word) = word.lower()
print(shout("arr"), shout("arr", loud=True), whisper("ARR"))
print(True and not False, None is None, True == true, none is None)
