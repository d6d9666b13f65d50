# arr-fuzz failure: timeout (stopped by the interrupt)
# detail: ran past the time-out within the engine's limits; the interrupt stopped it
# seed 20261201, job 0, input 4733, generated input, file access on, minimized in 239 runs; reproduce with `arr-fuzz --repro FILE`
for v1 in range(10**12) {
v2 = {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": {"k": 1}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
}
