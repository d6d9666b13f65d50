# A ragged tuple of ten million items in arithmetic made ten million 0-d arrays before finding the shapes differ (a fuzz time-out)
try {
    (lambda *a, **k: a + 1)(ones((1000, 0), dtype=bool), *range(10**6), **{"y": 1})
} except Exception as err {
    print(type(err).__name__)
}
