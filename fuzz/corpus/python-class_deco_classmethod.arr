# @classmethod as alternative constructors
class Temp {
    unit = "C"
    def __init__(self, degrees) {
        self.degrees = degrees
    }
    @classmethod
    def from_fahrenheit(cls, f) {
        return cls((f - 32) * 5 / 9)
    }
    @classmethod
    def describe_unit(cls) {
        return f"{cls.__name__} in {cls.unit}"
    }
}

class Kelvin(Temp) {
    unit = "K"
}

t = Temp.from_fahrenheit(212)
print(t.degrees, type(t).__name__)
k = Kelvin.from_fahrenheit(32)
print(k.degrees, type(k).__name__)
print(Temp.describe_unit(), Kelvin.describe_unit())
temps = [Temp.from_fahrenheit(f) for f in (32, 50, 98.6)]
print([round(t.degrees, 2) for t in temps])
print(Temp(20).describe_unit(), Kelvin(0).unit)
