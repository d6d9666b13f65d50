import torch
import torch.nn.functional as F
from tensorflow import keras
from keras import layers
print(F.relu is relu, keras.layers.Dense is Dense, layers.Dense is Dense, keras.optimizers.Adam is adam)
print(keras.utils.to_categorical((0, 2), 3))
