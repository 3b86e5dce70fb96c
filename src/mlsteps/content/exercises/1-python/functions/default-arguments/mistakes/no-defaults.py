def format_price(amount, currency, decimals):
    return f"{amount:.{decimals}f} {currency}"
