x = "text" - 1
