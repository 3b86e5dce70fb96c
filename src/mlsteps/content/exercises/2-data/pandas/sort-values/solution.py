def sort_listing(homes):
    """Return the homes sorted by city (A to Z), then by price (highest first), labelled 0, 1, 2..."""
    return homes.sort_values(["city", "price_eur"], ascending=[True, False], ignore_index=True)
