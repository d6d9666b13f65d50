# arr-fuzz failure: timeout (killed)
# detail: no answer 2 s after the time-out's interrupt; stderr: 
# seed 20261201, job 0, input 3355, mutated input, file access on, minimized in 46 runs; reproduce with `arr-fuzz --repro FILE`
 norm(zeros((5**18, 0)), axis=1)
