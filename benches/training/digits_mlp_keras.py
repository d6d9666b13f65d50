# The digits MLP in Keras 3 (TensorFlow CPU).
import os, sys, time
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import numpy as np
import keras
keras.utils.set_random_seed(0)
data = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1)
x = data[:, :64] / 16.0
y = keras.utils.to_categorical(data[:, 64].astype(int), 10)
model = keras.Sequential([keras.Input((64,)), keras.layers.Dense(128, activation="relu"), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
t = time.perf_counter()
model.fit(x[:1500], y[:1500], epochs=20, batch_size=32, verbose=0)
print("digits_train", time.perf_counter() - t)
print("digits_accuracy", model.evaluate(x[1500:], y[1500:], verbose=0)[1])
