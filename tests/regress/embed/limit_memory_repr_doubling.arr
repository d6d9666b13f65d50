# max_operations 1e6, max_array_elements 1e6: the fuzzer's repr doubling (crash/ as found, a 1 TB string); as a script it
# ends in a memory error after building gigabytes, too slow for a debug build's 20 s, so it runs here with limits
# (run through arr::Engine)
qr([[]])[:]
a = ones(1)
for i in range(40) { a = repr([a, a]) }
