# several argument lists through one parser
import argparse

def build_parser() {
    p = argparse.ArgumentParser(description="demo")
    p.add_argument("--batch-size", type=int, default=32, help="batch size")
    p.add_argument("--dropout", type=float, default=0.5)
    p.add_argument("--debug", action="store_true", help="debug mode")
    return p
}

parser = build_parser()
for argv in ([], ["--batch-size", "8"], ["--dropout", "0", "--debug"]) {
    args = parser.parse_args(argv)
    cfg = {"batch_size": args.batch_size, "dropout": args.dropout, "debug": args.debug}
    print(argv, cfg)
}
args = parser.parse_args(["--batch-size=16", "--dropout=0.25"])
print(args.batch_size * 2, args.dropout / 2, args.debug)
print(f"{args.batch_size:04d} {args.dropout:.1%}")
