from mlsteps.engine.cases import case

CURRENCIES = ["EUR", "USD", "GBP", "CHF", "SEK"]


def cases(rng):
    yield case(12.5, label="the example: only the amount")
    yield case(12.5, currency="USD", label="another currency")
    yield case(1234.5678, decimals=1, label="one decimal")
    yield case(3, currency="JPY", decimals=0, label="no decimals")
    yield case(0, label="zero")
    yield case(-4.25, label="a negative amount")
    yield case(7.1, decimals=3, currency="GBP", label="both settings, in the other order")
    for _ in range(5):
        amount = rng.randint(0, 999_999) / 100
        settings = {}
        if rng.random() < 0.7:
            settings["currency"] = rng.choice(CURRENCIES)
        if rng.random() < 0.7:
            settings["decimals"] = rng.randint(0, 3)
        yield case(amount, label="a random price", **settings)


def diagnose(case, expected, got):
    if not isinstance(got, str) or got == expected:
        return None
    (amount,) = case.args
    currency = case.kwargs.get("currency", "EUR")
    decimals = case.kwargs.get("decimals", 2)
    if decimals != 2 and got == f"{amount:.2f} {currency}":
        return f"You always show 2 decimals: use the `decimals` argument (here {decimals}) to choose how many."
    if currency != "EUR" and got == f"{amount:.{decimals}f} EUR":
        return f"You always write EUR: use the `currency` argument (here {currency!r}) instead."
    return None
