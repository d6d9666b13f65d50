import "no_such_file.arr"
