# set_max_operations(1_000_000): fuzz (seed 20261205) found a loop catching NameError that ran past
# the time-out: every NameError compared the name with every global for "did you mean"; the hint
# is now made only for an error that goes uncaught, so the operation limit ends the loop
n = 0
while n < 10**7 {
    try {
        undefined_name
    } except NameError {
        n += 1
    }
}
