# custom exception hierarchy with try/except/else/finally
class BankError(Exception):
    pass

class InsufficientFundsError(BankError):
    def __init__(self, balance, amount):
        self.balance = balance
        self.amount = amount
        super().__init__(f"cannot withdraw {amount}, balance is {balance}")

class AccountLockedError(BankError):
    pass

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.locked = False

    def withdraw(self, amount):
        if self.locked:
            raise AccountLockedError("account locked", self.owner)
        if amount > self.balance:
            raise InsufficientFundsError(self.balance, amount)
        self.balance -= amount
        return self.balance

acct = Account("Alice", 100)
for amt in (30, 50, 40):
    try:
        left = acct.withdraw(amt)
    except InsufficientFundsError as e:
        print("Failed:", e)
        print("  short by", e.amount - e.balance)
    else:
        print(f"Withdrew {amt}, left {left}")
    finally:
        print("  transaction done")

acct.locked = True
try:
    acct.withdraw(1)
except BankError as e:
    print(type(e).__name__, e.args)
    print(str(e))
    print(repr(e))

def risky(n):
    try:
        if n == 0:
            raise ValueError("zero not allowed")
        return 10 / n
    except ValueError:
        print("logging and re-raising")
        raise

try:
    risky(0)
except ValueError as err:
    print("caught again:", err)
print(risky(4))
errors = [InsufficientFundsError(5, 10), AccountLockedError("x"), BankError()]
for e in errors:
    print(isinstance(e, BankError), isinstance(e, Exception), repr(str(e)))
