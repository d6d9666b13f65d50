# A keyword a tensor operation does not take is a TypeError (it was dropped
# silently); fit checks its options before it trains. PyTorch's dim= and
# keepdim= are axis= and keepdims=.
seed(0)
model = Sequential([Dense(2, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
x = rand(8, 3)
y = array([0, 1, 0, 1, 0, 1, 0, 1])
try { model.fit(x, y, epochs=1000000, verbose=0, callbacks=[1]) } except TypeError as e { print("TypeError:", e) }
print(len(model.fit(x, y, epochs=2, verbose=0)["loss"]))
t = tensor([[1.0, 2.0], [3.0, 4.0]])
try { sum(t, dimm=1) } except TypeError as e { print("TypeError:", e) }
try { t.mean(axis=0, unbiased=True) } except TypeError as e { print("TypeError:", e) }
print(sum(t, dim=1), t.sum(dim=0, keepdim=True), t.mean(dim=1))
print(softmax(t, dim=0))
