# arr-fuzz failure: timeout (killed)
# detail: no answer 2 s after the time-out's interrupt; stderr: 
# seed 1201, job 1, input 119483, generated input, file access on, minimized in 22 runs; reproduce with `arr-fuzz --repro FILE`
("out.csv", eye((10**18), m=0, k=(-9223372036854775807 - 1)))
