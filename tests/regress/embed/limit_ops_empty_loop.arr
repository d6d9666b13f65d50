# set_max_operations(1_000_000): crash/hang-48acadf1840a.arr, which as a script (no limits) is a true
# 2**62-step loop, so only an engine with an operation limit can be expected to end it: a limit error
# (run through arr::Engine)
m = Sequential([Dense(1, input_shape=(3,))])
opt = adam(m.parameters(), lr=0.1)
for step in range(2**62) {
}