import sys
try {
    sys.exit(3)
} except SystemExit as e {
    print("exit code", e.code)
}
print("still running")
sys.exit(0)
print("not reached")
