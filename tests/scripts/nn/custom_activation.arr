# An arr function as an activation: called on tensors, differentiated through.
seed(0)
fn swish(x) = x * sigmoid(x)
m = Sequential([Dense(16, activation=swish, input_shape=(4,)), Dense(1)])
m.compile(optimizer=adam(lr=0.01), loss="mse")
x = randn(128, 4)
y = sum(x, axis=1)[:, none]
before = m.evaluate(x, y)
m.fit(x, y, epochs=20, verbose=0)
print(m.evaluate(x, y) < before / 4)
h = tensor([[-1.0, 0.0, 2.0, 0.5]])
w = m.parameters()[0]
b = m.parameters()[1]
print(allclose(m(h), swish(h @ w + b) @ m.parameters()[2] + m.parameters()[3], atol=1e-6))
