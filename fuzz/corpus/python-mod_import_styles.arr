# import forms
import math as m
from math import sqrt, pi
from os.path import join
import os.path
print(m.sqrt(9), sqrt(25), pi)
print(join("x", "y"), os.path.basename("/a/b.txt"))
print(m.floor(pi), m.pi == pi)
import json as js
from math import floor as fl
print(js.dumps({"a": fl(2.7)}))
import numpy as np
print(np.sqrt(16.0), m.sqrt(16.0) == np.sqrt(16.0))
