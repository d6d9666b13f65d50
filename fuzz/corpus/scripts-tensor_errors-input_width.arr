m = Sequential([Dense(4, input_shape=(3,)), Dense(2)])
m.compile(optimizer="sgd", loss="mse")
m.predict(ones((2, 5)))
