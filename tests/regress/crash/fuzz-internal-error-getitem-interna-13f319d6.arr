# arr-fuzz failure: internal error: getitem: internal error in the torch backend: index out of b
# detail: getitem: internal error in the torch backend: index out of bounds: the len is 2 but the index is 2
# seed 120104, job 0, input 128313, generated input, file access on, minimized in 296 runs; reproduce with `arr-fuzz --repro FILE`
tensor(eye(2))[hstack([[[2.0, 1.0], [1.0, 2.0]]]) > 0, 0]
