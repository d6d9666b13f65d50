# methods calling methods, chaining, bound methods as values
class Account {
    def __init__(self, owner, balance=0) {
        self.owner = owner
        self.balance = balance
        self.history = []
    }
    def deposit(self, amount) {
        self._record("deposit", amount)
        self.balance += amount
        return self
    }
    def withdraw(self, amount) {
        if amount > self.balance {
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        }
        self._record("withdraw", amount)
        self.balance -= amount
        return self
    }
    def _record(self, kind, amount) {
        self.history.append((kind, amount))
    }
}

acct = Account("ann", 10)
acct.deposit(5).withdraw(3)
print(acct.balance, acct.history)
try {
    acct.withdraw(100)
} except ValueError as e {
    print(e)
}
method = acct.deposit
method(1)
print(acct.balance, len(acct.history))
ops = [acct.deposit, acct.withdraw]
for op, amt in zip(ops, (10, 4)) {
    op(amt)
}
print(acct.balance)
