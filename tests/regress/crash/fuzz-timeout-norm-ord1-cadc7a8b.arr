# arr-fuzz failure: timeout (killed)
# detail: no answer 2 s after the time-out's interrupt; stderr: 
# seed 120105, job 0, input 157431, mutated input, file access on, minimized in 9 runs; reproduce with `arr-fuzz --repro FILE`
norm(ones((0, 2**63 - 1)), ord=1)
