"""Derives the 256 layer widths of NumPy's normal and exponential ziggurats
from NumPy's own draws, for src/builtins/ziggurat_wi.txt and
ziggurat_we.txt (run once with NumPy installed:
python tests/data/derive_ziggurat.py normal > src/builtins/ziggurat_wi.txt
python tests/data/derive_ziggurat.py exponential > src/builtins/ziggurat_we.txt).

Exponential draws: r >> 3 gives layer i = its low byte and magnitude
m = r >> 11 (53 bits); the fast path returns m * w[i].

For each draw of Generator.standard_normal, the same PCG64 state gives the
raw 64-bit word r: layer i = r & 0xff, magnitude m = (r >> 9) & (2**52 - 1).
On the fast path (99% of draws) the output is +-m * w[i], so w[i] is the
one double for which m * w[i] rounds to |output| for every fast-path draw
of layer i. The thresholds and heights follow from the widths (as
src/builtins/ziggurat.rs computes them)."""
import collections
import sys
import numpy as np

EXPONENTIAL = len(sys.argv) > 1 and sys.argv[1] == "exponential"

N = 400_000
g = np.random.Generator(np.random.PCG64(12345))
raw = np.random.PCG64()
samples = collections.defaultdict(list)
for _ in range(N):
    st = g.bit_generator.state
    raw.state = st
    r = int(raw.random_raw())
    if EXPONENTIAL:
        z = g.standard_exponential()
        i = (r >> 3) & 0xFF
        m = r >> 11
    else:
        z = g.standard_normal()
        i = r & 0xFF
        m = (r >> 9) & ((1 << 52) - 1)
    if m:
        samples[i].append((m, abs(z)))


def fits(w, pts):
    return all(float(np.float64(m) * np.float64(w)) == z for m, z in pts)


out = []
for i in range(256):
    pts = samples[i]
    ratios = sorted(z / m for m, z in pts)
    # The fast-path ratio is the mode: round and count.
    key = lambda x: '%.9e' % x
    common = collections.Counter(key(x) for x in ratios).most_common(1)[0][0]
    cluster = [(m, z) for m, z in pts if key(z / m) == common]
    w0 = cluster[0][1] / cluster[0][0]
    found = None
    for k in range(0, 200):
        for sgn in (1, -1):
            w = w0
            for _ in range(k):
                w = float(np.nextafter(w, sgn * np.inf))
            if fits(w, cluster):
                found = w
                break
        if found is not None:
            break
    if found is None:
        raise SystemExit(f"layer {i}: no width fits {len(cluster)} draws")
    out.append(found)

for w in out:
    print(repr(w))
