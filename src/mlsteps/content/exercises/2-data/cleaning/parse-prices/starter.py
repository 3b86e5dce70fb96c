def parse_prices(texts):
    """Return the prices as floats: euro sign, spaces and thousands commas removed; unreadable text is NaN."""
    return texts
