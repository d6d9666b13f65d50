# A PyTorch-style loop: parameters(), an optimizer object, backward, step.
seed(2)
x = tensor(randn(64, 3))
y = x @ tensor([[2.0], [-1.0], [0.5]]) + 0.3
m = Sequential([Dense(1, input_shape=(3,))])
opt = adam(m.parameters(), lr=0.1)
first = 0.0
for step in range(200) {
    opt.zero_grad()
    loss = mean((m(x, training=true) - y) ** 2)
    if step == 0 { first = loss.item() }
    loss.backward()
    opt.step()
}
print(first > 1.0, loss.item() < 1e-3)
w = m.parameters()[0]
print(allclose(w.numpy()[:, 0], [2.0, -1.0, 0.5], atol=0.02))
