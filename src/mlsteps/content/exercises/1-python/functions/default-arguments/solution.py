def format_price(amount, currency="EUR", decimals=2):
    """Return the amount with `decimals` decimals, a space, and the currency, like "12.50 EUR"."""
    return f"{amount:.{decimals}f} {currency}"
