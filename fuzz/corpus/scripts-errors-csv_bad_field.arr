load_csv("../io/fixtures/bad.csv")
