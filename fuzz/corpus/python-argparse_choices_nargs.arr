# choices, nargs and dashed option names
import argparse
p = argparse.ArgumentParser()
p.add_argument("--opt", choices=["sgd", "adam"], default="sgd")
p.add_argument("--sizes", type=int, nargs="+", default=list((32,)))
p.add_argument("--no-cuda", action="store_true")
args = p.parse_args(["--opt", "adam", "--sizes", "64", "32", "--no-cuda"])
print(args.opt, args.sizes, args.no_cuda)
args = p.parse_args([])
print(args.opt, args.sizes, args.no_cuda)
args = p.parse_args(["--sizes", "8"])
print(args.sizes, len(args.sizes), sum(args.sizes))
try {
    p.parse_args(["--opt", "rmsprop"])
} except SystemExit as e {
    print("bad choice, exit code", e.code)
}
