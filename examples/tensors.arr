# Tensors on libtorch: the same operations as arrays, plus gradients.
m = tensor([[1, 2], [3, 4]])
print(matmul(m, m).numpy())

x = tensor([3.0], requires_grad=true)
y = x * x * 2
y.backward()
print(x.grad)

fn f(w) = sum(sin(w) * w)
print(grad(f)(array([0.0, 1.0, 2.0])))
print(cuda_available())
