# arr-fuzz failure: abort: memory allocation failed in zeros, eye, astype
# detail: memory allocation of 4026531840 bytes failed | note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
# seed 120103, job 0, input 306395, generated input, file access on, minimized in 7 runs; reproduce with `arr-fuzz --repro FILE`
v1 = zeros((2**32, 0))
v1[(eye(0)).astype(float32) > 0] = stack(v1)
v2 = (([(full((1,), (-1e308))).reshape(1), v1]) + (((v1) == (eye(2)))[true, (array([false, false], dtype="float32"))[3:0:4, -2:1:10**9] > 0, -2])).dtype
