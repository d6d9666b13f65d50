class Account {
    def __init__(self) {
        self._balance = 0
    }

    @property
    def balance(self) {
        return self._balance
    }

    @balance.setter
    def balance(self, value) {
        if value < 0 {
            raise ValueError("negative balance")
        }
        self._balance = value
    }
}

a = Account()
a.balance = 50
try {
    a.balance = -1
} except ValueError as e {
    print(a.balance, e)
}
