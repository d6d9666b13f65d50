# sys.argv
import sys
print(len(sys.argv) >= 1)
print(isinstance(sys.argv, list))
print(isinstance(sys.argv[0], str))
args = sys.argv[1:]
print(args)
print(type(sys.argv).__name__, len(args) == len(sys.argv) - 1)
name = sys.argv[0]
print(isinstance(name, str) and len(name) > 0)
