# a data-cleaning pipeline built from closures, lambdas and keyword arguments
def make_step(name, func, **opts) {
    def step(rows) {
        out = func(rows, **opts)
        print(f"{name:<10} {len(rows):>2} -> {len(out):>2} rows")
        return out
    }
    return step
}

def drop_missing(rows, fields=()) {
    return [r for r in rows if all(r.get(f) not in (None, "") for f in fields)]
}

def cast(rows, types=None) {
    types = types or {}
    out = []
    for r in rows {
        new = dict(r)
        for field, kind in types.items() {
            try {
                new[field] = kind(new[field])
            } except ValueError {
                new = None
                break
            }
        }
        if new is not None {
            out.append(new)
        }
    }
    return out
}

def clip(rows, field="", lo=0, hi=100) {
    out = []
    for r in rows {
        new = dict(r)
        new[field] = max(lo, min(hi, r[field]))
        out.append(new)
    }
    return out
}

def dedupe(rows, key=None) {
    seen = set()
    out = []
    for r in rows {
        k = key(r)
        if k not in seen {
            seen.add(k)
            out.append(r)
        }
    }
    return out
}

def run(pipeline, rows) {
    for step in pipeline {
        rows = step(rows)
    }
    return rows
}

raw = [
    {"id": "1", "name": "ann", "score": "88"},
    {"id": "2", "name": "bob", "score": ""},
    {"id": "3", "name": "cy", "score": "105"},
    {"id": "3", "name": "cy", "score": "105"},
    {"id": "4", "name": "", "score": "70"},
    {"id": "5", "name": "dee", "score": "x"},
    {"id": "6", "name": "eve", "score": "-3"},
]
pipeline = [
    make_step("missing", drop_missing, fields=("name", "score")),
    make_step("cast", cast, types={"id": int, "score": int}),
    make_step("dedupe", dedupe, key=lambda r: r["id"]),
    make_step("clip", clip, field="score", lo=0, hi=100),
]
clean = run(pipeline, raw)
for r in clean {
    print(r)
}
scores = [r["score"] for r in clean]
print("mean score:", sum(scores) / len(scores))
print("raw untouched:", raw[2]["score"], type(raw[2]["score"]).__name__)
ranking = ", ".join(f"{r['name']}={r['score']}" for r in sorted(clean, key=lambda r: -r["score"]))
print(ranking)
