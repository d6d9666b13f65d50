import sys
print(sys.argv[1:], len(sys.argv), type(sys.argv).__name__)
print(sys.maxsize)
