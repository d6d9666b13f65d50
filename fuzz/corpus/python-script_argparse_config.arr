# an argparse-driven experiment configuration
import argparse
import json

def build_parser() {
    p = argparse.ArgumentParser(description="toy experiment")
    p.add_argument("--model", default="mlp", choices=["mlp", "linear"])
    p.add_argument("--lr", type=float, default=0.01, help="learning rate")
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--hidden", type=int, default=16)
    p.add_argument("--dry-run", action="store_true")
    return p
}

class Config {
    def __init__(self, args) {
        self.model = args.model
        self.lr = args.lr
        self.epochs = args.epochs
        self.hidden = args.hidden if args.model == "mlp" else 0
        self.dry_run = args.dry_run
    }
    def validate(self) {
        if self.lr <= 0 {
            raise ValueError(f"lr must be positive, got {self.lr}")
        }
        if self.epochs < 1 {
            raise ValueError("need at least one epoch")
        }
        return self
    }
    def schedule(self) {
        return [self.lr * 0.5 ** (e // 2) for e in range(self.epochs)]
    }
    def as_dict(self) {
        return {"model": self.model, "lr": self.lr, "epochs": self.epochs, "hidden": self.hidden, "dry_run": self.dry_run}
    }
}

parser = build_parser()
runs = [[], ["--lr", "0.1", "--epochs", "3"], ["--model", "linear", "--dry-run"], ["--lr", "-1"], ["--epochs", "0"]]
for argv in runs {
    args = parser.parse_args(argv)
    label = " ".join(argv) or "(defaults)"
    try {
        cfg = Config(args).validate()
    } except ValueError as e {
        print(f"{label:<26} -> invalid: {e}")
        continue
    }
    sched = ", ".join(f"{lr:.4g}" for lr in cfg.schedule())
    print(f"{label:<26} -> {cfg.model} hidden={cfg.hidden} dry={cfg.dry_run} lr schedule [{sched}]")
    print("   ", json.dumps(cfg.as_dict(), sort_keys=True))
}
