# dicts and instances are shared between names
cfg = {"lr": 0.1}
alias = cfg
alias["lr"] = 0.5
print(cfg)

class Model {
    def __init__(self) {
        self.params = {"w": 1}
    }
}

m = Model()
m2 = m
m2.params["w"] = 2
print(m.params)

def tweak(model) {
    model.params["b"] = 0
    model.name = "tweaked"
}

tweak(m)
print(m.params, m.name)
registry = {}

def register(name, obj) {
    registry[name] = obj
}

register("m", m)
registry["m"].params["w"] = 99
print(m.params["w"], m2.name)
