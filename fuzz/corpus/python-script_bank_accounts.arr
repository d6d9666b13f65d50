# a bank account class hierarchy with custom exceptions
class BankError(Exception) { }

class InsufficientFunds(BankError) {
    def __init__(self, account, amount) {
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")
        self.shortfall = amount - account.balance
    }
}

class FrozenAccount(BankError) { }

class Account {
    next_id = 1
    def __init__(self, owner, balance=0.0) {
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.log = []
        self.id = Account.next_id
        Account.next_id += 1
    }
    def deposit(self, amount) {
        if amount <= 0 {
            raise ValueError("deposit must be positive")
        }
        self._check()
        self.balance += amount
        self.log.append(("dep", amount))
    }
    def withdraw(self, amount) {
        self._check()
        if amount > self.balance {
            raise InsufficientFunds(self, amount)
        }
        self.balance -= amount
        self.log.append(("wd", amount))
    }
    def _check(self) {
        if self.frozen {
            raise FrozenAccount(f"account {self.id} is frozen")
        }
    }
    def __repr__(self) {
        return f"{type(self).__name__}(#{self.id} {self.owner} {self.balance:.2f})"
    }
}

class Savings(Account) {
    def __init__(self, owner, balance=0.0, rate=0.02) {
        super().__init__(owner, balance)
        self.rate = rate
    }
    def add_interest(self) {
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
    }
}

class Checking(Account) {
    def __init__(self, owner, balance=0.0, overdraft=50.0) {
        super().__init__(owner, balance)
        self.overdraft = overdraft
    }
    def withdraw(self, amount) {
        self._check()
        if amount > self.balance + self.overdraft {
            raise InsufficientFunds(self, amount)
        }
        self.balance -= amount
        self.log.append(("wd", amount))
    }
}

def transfer(src, dst, amount) {
    try {
        src.withdraw(amount)
    } except BankError as e {
        print("transfer failed:", e)
        return False
    }
    dst.deposit(amount)
    return True
}

accounts = [Savings("ann", 100.0), Checking("bob", 20.0), Account("cy")]
print(accounts)
print(transfer(accounts[0], accounts[1], 30.0))
print(transfer(accounts[1], accounts[2], 90.0))
print(transfer(accounts[1], accounts[2], 60.0))
print(accounts)
print(f"interest: {accounts[0].add_interest():.2f}")
accounts[2].frozen = True
actions = [lambda: accounts[2].deposit(5.0), lambda: accounts[0].deposit(-1.0), lambda: accounts[0].withdraw(1000.0)]
for action in actions {
    try {
        action()
    } except InsufficientFunds as e {
        print(type(e).__name__, f"short by {e.shortfall:.2f}")
    } except BankError as e {
        print(type(e).__name__, e)
    } except ValueError as e {
        print("ValueError:", e)
    }
}
total = sum(a.balance for a in accounts)
print(f"total holdings: {total:.2f}")
for a in sorted(accounts, key=lambda a: a.balance, reverse=True) {
    print(f"{a.owner:<4} {a.balance:>8.2f} {len(a.log)} ops {isinstance(a, Savings)}")
}
