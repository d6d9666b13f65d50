# A log-processing pipeline built from generators, as real scripts do.
import math

LOG = """2024-01-01 10:00:01 INFO  user=alice action=login ms=120
2024-01-01 10:00:07 WARN  user=bob action=upload ms=1450
2024-01-01 10:01:12 INFO  user=alice action=upload ms=980
2024-01-01 10:02:40 ERROR user=carol action=login ms=3000
2024-01-01 10:03:05 INFO  user=bob action=logout ms=80
bad line without fields
2024-01-01 10:04:44 INFO  user=carol action=login ms=210
2024-01-01 10:05:00 WARN  user=alice action=download ms=1720
2024-01-01 10:06:31 INFO  user=dave action=login ms=150"""


def read_lines(text) {
    for line in text.splitlines() {
        yield line.strip()
    }
}


def parse(lines) {
    for line in lines {
        parts = line.split()
        if len(parts) < 4 or "=" not in line {
            print(f"skipping malformed line: {line!r}")
            continue
        }
        date, time, level = parts[:3]
        fields = dict(p.split("=", 1) for p in parts[3:])
        fields["ms"] = int(fields["ms"])
        yield {"time": time, "level": level, **fields}
    }
}


def only(level, records) {
    return (r for r in records if r["level"] == level)
}


def batched(records, n) {
    batch = []
    for r in records {
        batch.append(r)
        if len(batch) == n {
            yield batch
            batch = []
        }
    }
    if batch {
        yield batch
    }
}


records = list(parse(read_lines(LOG)))
print(f"{len(records)} records")
for i, batch in enumerate(batched(records, 3)) {
    users = ", ".join(r["user"] for r in batch)
    mean = sum(r["ms"] for r in batch) / len(batch)
    print(f"batch {i}: {users:<20} mean {mean:8.2f} ms")
}
slow = [r["user"] for r in records if r["ms"] > 1000]
print("slow:", slow)
print("warnings:", [(r["time"], r["user"]) for r in only("WARN", records)])
by_user = {}
for r in records {
    by_user.setdefault(r["user"], []).append(r["ms"])
}
for user, times in sorted(by_user.items()) {
    sd = math.sqrt(sum((t - sum(times) / len(times)) ** 2 for t in times) / len(times))
    print(f"{user:>6}: n={len(times)} max={max(times):5d} sd={sd:.1f}")
}
first_error = next((r for r in records if r["level"] == "ERROR"), None)
print("first error:", first_error)
print("any dave?", any(r["user"] == "dave" for r in records))
