def pick_homes(homes, ids):
    """Return {"page_two": ids of rows 6 to 10 by position, "saved_prices": prices of the homes in `ids`}."""
    page_two = []  # pick rows by position here
    saved_prices = []  # pick rows by label here
    return {"page_two": page_two, "saved_prices": saved_prices}
