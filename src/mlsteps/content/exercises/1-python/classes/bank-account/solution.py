class Account:
    """A bank account whose balance never goes below zero."""

    def __init__(self):
        self.balance = 0

    def deposit(self, amount):
        """Add `amount` to the balance."""
        self.balance += amount

    def withdraw(self, amount):
        """Take `amount` out and return True; if the balance is too small, change nothing and return False."""
        if amount > self.balance:
            return False
        self.balance -= amount
        return True


def simulate(operations):
    """Run the operations on a new account; return the balance after each one. (Leave this function as it is.)"""
    account = Account()
    balances = []
    for action, amount in operations:
        if action == "deposit":
            account.deposit(amount)
        else:
            account.withdraw(amount)
        balances.append(account.balance)
    return balances
