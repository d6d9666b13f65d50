load("../io/fixtures/table.csv")
