# map and filter with functions
nums = list(range(1, 11))
print(list(map(lambda n: n * n, nums)))
print(list(filter(lambda n: n % 3 == 0, nums)))

def halve(n) {
    return n / 2
}

print(list(map(halve, nums[:4])))
print(list(map(int, ["1", "2", "30"])))
print(list(map(len, ["", "ab", "abc"])))
print(list(filter(lambda s: s, ["", "x", "", "y"])))
evens = filter(lambda n: n % 2 == 0, nums)
print(sum(evens))
print(list(map(lambda p: p[0] * p[1], zip(nums, nums[1:]))))
print(list(map(float, ("1.5", "2"))))
