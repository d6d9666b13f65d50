# @property with setter, validation, classmethod/staticmethod
class Temperature:
    absolute_zero = -273.15

    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < Temperature.absolute_zero:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @classmethod
    def from_fahrenheit(cls, f):
        t = cls()
        t.fahrenheit = f
        return t

    @staticmethod
    def describe(c):
        if c < 0:
            return "freezing"
        elif c < 20:
            return "cool"
        elif c < 30:
            return "warm"
        return "hot"

    def __repr__(self):
        return f"Temperature({self.celsius:.1f})"

t = Temperature(25)
print(t, t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t, round(t.celsius, 2))
t2 = Temperature.from_fahrenheit(-40)
print(t2, t2.fahrenheit)
for c in (-5, 10, 25, 35):
    print(c, Temperature.describe(c), t.describe(c))
try:
    t.celsius = -300
except ValueError as e:
    print("rejected:", e)
print(t.celsius)
readings = [Temperature(c) for c in (12.5, 30.25, -3.0)]
print(readings)
print(max(readings, key=lambda r: r.celsius))
print(f"{'C':>8}{'F':>8}")
for r in readings:
    print(f"{r.celsius:>8.2f}{r.fahrenheit:>8.2f}")
