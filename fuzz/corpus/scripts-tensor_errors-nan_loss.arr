m = Sequential([Dense(1, input_shape=(2,))])
m.compile(optimizer="sgd", loss="mse")
x = array([[1.0, 2.0], [nan, 1.0]])
m.fit(x, array([[1.0], [2.0]]), epochs=2, verbose=0)
