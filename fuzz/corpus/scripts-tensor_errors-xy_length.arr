m = Sequential([Dense(1, input_shape=(3,))])
m.compile(optimizer="sgd", loss="mse")
m.fit(ones((10, 3)), ones((8, 1)), verbose=0)
