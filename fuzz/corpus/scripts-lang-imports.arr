import "import_dir/helpers.arr"
import "import_dir/helpers.arr"
print(helper(helper_value))
