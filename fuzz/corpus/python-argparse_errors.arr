# a bad value makes argparse exit with status 2 (the usage goes to stderr)
import argparse
p = argparse.ArgumentParser(prog="demo")
p.add_argument("--n", type=int, default=0)
try {
    p.parse_args(["--n", "abc"])
} except SystemExit as e {
    print("exit code", e.code)
}
print(p.parse_args(["--n", "5"]).n)
try {
    p.parse_args(["--unknown"])
} except SystemExit as e {
    print("unknown option, exit code", e.code)
}
try {
    p.parse_args(["--n"])
} except SystemExit as e {
    print("missing value, exit code", e.code)
}
