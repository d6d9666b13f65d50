load_csv("../io/fixtures/ragged.csv")
