def sort_listing(homes):
    """Return the homes sorted by city (A to Z), then by price (highest first), labelled 0, 1, 2..."""
    # Sort with sort_values here.
    return homes
