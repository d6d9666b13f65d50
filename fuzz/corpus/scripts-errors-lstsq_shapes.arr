lstsq(ones((3, 2)), ones(4))
