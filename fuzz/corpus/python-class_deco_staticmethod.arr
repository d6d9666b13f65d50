# @staticmethod
class MathUtil {
    @staticmethod
    def clamp(x, lo, hi) {
        return max(lo, min(hi, x))
    }
    @staticmethod
    def mean(values) {
        return sum(values) / len(values)
    }
}

print(MathUtil.clamp(15, 0, 10), MathUtil.clamp(-1, 0, 10))
print(MathUtil.mean((1, 2, 3, 4)))
u = MathUtil()
print(u.clamp(5, 0, 3))
print(MathUtil.mean(list(range(10))))
print([MathUtil.clamp(v, -1, 1) for v in range(-3, 4)])
f = MathUtil.clamp
print(f(0.5, 0, 1))
