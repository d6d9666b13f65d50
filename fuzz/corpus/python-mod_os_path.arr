# os.path on fixed strings
import os
p = os.path.join("data", "train", "images.csv")
print(p)
print(os.path.basename(p), os.path.dirname(p))
print(os.path.splitext(p), os.path.splitext("archive.tar.gz"), os.path.splitext("noext"))
stem, ext = os.path.splitext(os.path.basename(p))
print(stem, ext)
print(os.path.join("a", "/abs", "b"))
print(os.path.exists("/definitely/not/here.txt"))
print(os.path.exists("/"))
print(os.path.join("dir", f"model_{3:02d}.pt"))
