fn bad(x) = 1.0
m = Sequential([Dense(2, activation=bad, input_shape=(2,))])
m.predict(ones((1, 2)))
