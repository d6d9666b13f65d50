m = Sequential([MaxPool2D(5, input_shape=(4, 4, 1))])
