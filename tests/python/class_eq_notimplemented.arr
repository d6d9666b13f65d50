# __eq__ returning NotImplemented, != without __ne__, issubclass with built-in types
class Money {
    def __init__(self, cents) {
        self.cents = cents
    }
    def __eq__(self, other) {
        if not isinstance(other, Money) {
            return NotImplemented
        }
        return self.cents == other.cents
    }
}

a, b, c = Money(5), Money(5), Money(7)
print(a == b, a != b, a == c, a != c, a == 5, a != 5, a != "x", a == None)

class Animal {
}

class Dog(Animal) {
}

print(issubclass(Dog, Animal), issubclass(Dog, object), issubclass(Dog, int), issubclass(bool, int))
print(issubclass(int, int), issubclass(int, object), issubclass(str, int), issubclass(Dog, (int, Animal)))
try {
    issubclass(5, int)
} except TypeError as e {
    print("TypeError", e)
}
