from mlsteps.engine.cases import case


def _run(operations, refuse, deposit_adds=True):
    balance, balances = 0, []
    for action, amount in operations:
        if action == "deposit":
            balance = balance + amount if deposit_adds else amount
        elif not refuse(amount, balance):
            balance -= amount
        balances.append(balance)
    return balances


def cases(rng):
    yield case([["deposit", 50], ["withdraw", 20], ["withdraw", 100], ["deposit", 5]], label="the example")
    yield case([], label="no operations")
    yield case([["withdraw", 10]], label="a withdrawal from an empty account")
    yield case([["deposit", 40], ["withdraw", 40], ["withdraw", 1]], label="taking out exactly everything")
    yield case([["deposit", 10], ["deposit", 15], ["deposit", 0]], label="deposits only")
    yield case([["deposit", 12.5], ["withdraw", 2.25]], label="amounts with cents")
    for _ in range(5):
        operations = []
        for _ in range(rng.randint(3, 10)):
            action = rng.choice(["deposit", "withdraw", "withdraw"])
            operations.append([action, rng.randint(1, 12) * 5])
        yield case(operations, label="random operations")


def diagnose(case, expected, got):
    (operations,) = case.args
    if not isinstance(got, list):
        return None
    if got == _run(operations, refuse=lambda amount, balance: False):
        return (
            "A withdrawal larger than the balance must be refused: `withdraw` must compare the amount with "
            "the balance first, and then leave the balance alone and return False."
        )
    if got == _run(operations, refuse=lambda amount, balance: amount >= balance):
        return "Taking out exactly the whole balance is allowed: refuse only an amount larger than the balance."
    if got == _run(operations, refuse=lambda amount, balance: amount > balance, deposit_adds=False):
        return "`deposit` should add to the balance, not replace it."
    return None
