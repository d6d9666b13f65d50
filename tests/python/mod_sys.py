# sys.argv
import sys
print(len(sys.argv) >= 1)
print(isinstance(sys.argv, list))
print(isinstance(sys.argv[0], str))
args = sys.argv[1:]
print(args)
