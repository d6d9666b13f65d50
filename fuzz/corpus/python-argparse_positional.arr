# positional arguments and short options
import argparse
p = argparse.ArgumentParser()
p.add_argument("input")
p.add_argument("--scale", type=float, default=1.0)
p.add_argument("-n", "--num", type=int, default=1)
a = p.parse_args(["data.csv", "-n", "4"])
print(a.input, a.scale, a.num)
a = p.parse_args(["--scale", "2.5", "x.txt", "--num", "7"])
print(a.input, a.scale, a.num)
print(a.scale * a.num)
a = p.parse_args(["--num=2", "only.txt"])
print(a.input.upper(), a.num + 1)
try {
    p.parse_args([])
} except SystemExit as e {
    print("missing positional, exit code", e.code)
}
