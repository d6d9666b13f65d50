# A loop whose condition can never change, and whose body neither breaks
# nor has any effect, would hang silently: arr says so after one pass.
w = 0
for i in range(2) {
    while w < 3 {
        sum([1, 2, 3])
        for j in range(0) { }
        pinv([[]])
    }
}
