import sys
print("checking arguments")
if len(sys.argv) < 2 {
    sys.exit("usage: train CONFIG")
}
print("not reached")
