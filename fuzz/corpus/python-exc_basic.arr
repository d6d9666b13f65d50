# try / except / else / finally
def safe_div(a, b) {
    try {
        result = a / b
    } except ZeroDivisionError as e {
        print("error:", e)
        return None
    } else {
        print("ok")
        return result
    } finally {
        print("finally", a, b)
    }
}

print(safe_div(6, 3))
print(safe_div(1, 0))
try {
    print("no error")
} except Exception {
    print("unreachable")
} else {
    print("else ran")
} finally {
    print("finally ran")
}
