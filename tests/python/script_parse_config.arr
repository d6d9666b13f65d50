# parsing a config-like text with error handling
CONFIG = """
# server settings
host = example.com
port = 8080
debug = true
timeout = 2.5
workers = four
name =
"""

class ConfigError(Exception) {
    def __init__(self, line_no, message) {
        super().__init__(f"line {line_no}: {message}")
        self.line_no = line_no
    }
}

def parse_value(raw) {
    if raw.lower() in ("true", "false") {
        return raw.lower() == "true"
    }
    try {
        return int(raw)
    } except ValueError {
    }
    try {
        return float(raw)
    } except ValueError {
        return raw
    }
}

def parse(text) {
    settings = {}
    errors = []
    for no, line in enumerate(text.strip().splitlines(), start=1) {
        line = line.strip()
        if not line or line.startswith("#") {
            continue
        }
        try {
            if "=" not in line {
                raise ConfigError(no, "missing '='")
            }
            key, _, value = line.partition("=")
            key, value = key.strip(), value.strip()
            if not value {
                raise ConfigError(no, f"empty value for {key!r}")
            }
            settings[key] = parse_value(value)
        } except ConfigError as e {
            errors.append(e)
        }
    }
    return settings, errors
}

settings, errors = parse(CONFIG)
for k, v in settings.items() {
    print(f"{k:>8} = {v!r:<14} ({type(v).__name__})")
}
for e in errors {
    print("error:", e, "| line", e.line_no)
}
try {
    workers = int(settings["workers"])
} except ValueError as e {
    print("bad workers:", e)
}
try {
    print(settings["missing"])
} except KeyError as e {
    print("missing key:", e)
}
print(int("  42 "), float("1e3"), int("ff", 16), int("0b101", 0))
