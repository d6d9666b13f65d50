# arr-fuzz failure: timeout (killed)
# detail: no answer 2 s after the time-out's interrupt; stderr: 
# seed 120103, job 1, input 6430, generated input, file access on, minimized in 47 runs; reproduce with `arr-fuzz --repro FILE`
v1 = () @ (randint(0, 10, size=(10**10, 0, 0)))
