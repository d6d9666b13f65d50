import argparse
parser = argparse.ArgumentParser(description="train a model")
parser.add_argument("data")
parser.add_argument("--lr", type=float, default=0.01)
parser.add_argument("--epochs", type=int, default=10)
parser.add_argument("--verbose", action="store_true")
args = parser.parse_args(["mnist", "--lr", "0.1", "--verbose"])
print(args.data, args.lr, args.epochs, args.verbose)
print(args)
try:
    parser.parse_args([])
except SystemExit as e:
    print("exit status", e.code)
