# custom exception classes
class AppError(Exception) { }

class ConfigError(AppError) {
    def __init__(self, key, msg) {
        super().__init__(f"{key}: {msg}")
        self.key = key
    }
}

def load(cfg, key) {
    if key not in cfg {
        raise ConfigError(key, "missing")
    }
    return cfg[key]
}

cfg = {"lr": 0.1}
print(load(cfg, "lr"))
try {
    load(cfg, "epochs")
} except AppError as e {
    print(type(e).__name__, e, e.key, isinstance(e, Exception))
}
try {
    raise AppError("plain")
} except ConfigError {
    print("wrong")
} except AppError as e {
    print("caught", e)
}
e2 = ConfigError("k", "v")
print(str(e2), e2.args)
