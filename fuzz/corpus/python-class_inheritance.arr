# inheritance, overriding and super()
class Animal {
    sound = "..."
    def __init__(self, name) {
        self.name = name
    }
    def speak(self) {
        return f"{self.name} says {self.sound}"
    }
    def kind(self) {
        return "animal"
    }
}

class Dog(Animal) {
    sound = "woof"
    def kind(self) {
        return "dog, a kind of " + super().kind()
    }
}

class Puppy(Dog) {
    def __init__(self, name, age) {
        super().__init__(name)
        self.age = age
    }
    def speak(self) {
        return super().speak() + "!" * self.age
    }
}

for a in (Animal("generic"), Dog("rex"), Puppy("bit", 3)) {
    print(a.speak(), "|", a.kind())
}
p = Puppy("z", 1)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(Dog("d"), Puppy))
print(Puppy.sound, Animal.sound, p.age, p.name)
