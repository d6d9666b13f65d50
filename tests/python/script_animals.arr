# polymorphism, super() chains, __str__ calling super().__str__
class Animal {
    sound = "..."
    legs = 4

    def __init__(self, name, age) {
        self.name = name
        self.age = age
    }

    def speak(self) {
        return f"{self.name} says {self.sound}"
    }

    def __str__(self) {
        return f"{self.name} ({self.age}y)"
    }

    def __eq__(self, other) {
        return type(self) == type(other) and self.name == other.name
    }
}


class Dog(Animal) {
    sound = "Woof"

    def __init__(self, name, age, breed) {
        super().__init__(name, age)
        self.breed = breed
    }

    def __str__(self) {
        return super().__str__() + f" [{self.breed}]"
    }

    def fetch(self) {
        return f"{self.name} fetches the ball"
    }
}


class Cat(Animal) {
    sound = "Meow"

    def speak(self) {
        base = super().speak()
        return base + " (ignores you)"
    }
}


class Bird(Animal) {
    sound = "Tweet"
    legs = 2
}


pets = [Dog("Rex", 3, "beagle"), Cat("Tom", 5), Bird("Tweety", 1), Dog("Fido", 7, "lab")]
for p in pets {
    print(f"{str(p):<24}| {p.speak():<28}| legs={p.legs}")
}
print([type(p).__name__ for p in pets])
print(sum(p.legs for p in pets))
print([p.fetch() for p in pets if isinstance(p, Dog)])
print(Dog("Rex", 1, "x") == pets[0], Cat("Rex", 3) == pets[0])
print(pets[1] in pets, Cat("Tom", 9) in pets)
oldest = sorted(pets, key=lambda p: p.age, reverse=True)
print(", ".join(p.name for p in oldest))
print(Dog.__mro__[1].__name__, Dog.__bases__[0].__name__, Dog.sound, Animal.sound)
print(hasattr(pets[0], "fetch"), hasattr(pets[1], "fetch"))
Animal.sound = "?"
print(Bird("b", 0).speak(), Animal("a", 0).speak())
