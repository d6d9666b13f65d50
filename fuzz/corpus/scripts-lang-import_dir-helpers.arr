helper_value = 41
fn helper(x) = x + 1
