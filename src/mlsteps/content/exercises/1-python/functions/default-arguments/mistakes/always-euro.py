def format_price(amount, currency="EUR", decimals=2):
    return f"{amount:.{decimals}f} EUR"
