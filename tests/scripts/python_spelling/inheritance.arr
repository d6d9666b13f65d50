class Animal {
    sound = "..."
    def __init__(self, name) {
        self.name = name
    }
    def speak(self) {
        return f"{self.name} says {self.sound}"
    }
}
class Dog(Animal) {
    sound = "woof"
    def __init__(self, name, tricks) {
        super().__init__(name)
        self.tricks = tricks
    }
    def speak(self) {
        return super().speak() + "!"
    }
}
d = Dog("Rex", ["sit"])
print(d.speak(), Animal("Cat").speak())
print(isinstance(d, Animal), type(d).__name__, type(d) is Dog, d.tricks)
