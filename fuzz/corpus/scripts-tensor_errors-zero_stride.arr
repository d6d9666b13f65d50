m = Sequential([Conv2D(2, 3, strides=0, input_shape=(4, 4, 1))])
