def pick_homes(homes, ids):
    """Return {"page_two": ids of rows 6 to 10 by position, "saved_prices": prices of the homes in `ids`}."""
    page_two = homes.iloc[5:10].index.tolist()
    saved_prices = homes.loc[ids, "price_eur"].tolist()
    return {"page_two": page_two, "saved_prices": saved_prices}
