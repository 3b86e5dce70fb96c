def pick_homes(homes, ids):
    page_two = homes.iloc[5:10].index.tolist()
    saved_prices = homes.iloc[ids]["price_eur"].tolist()
    return {"page_two": page_two, "saved_prices": saved_prices}
