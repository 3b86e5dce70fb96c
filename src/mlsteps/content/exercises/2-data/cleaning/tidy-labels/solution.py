def tidy_cities(cities, aliases):
    """Return each city name tidied: aliases replaced, other names in Title Case, blanks missing."""
    key = cities.str.strip().str.lower().str.replace(r"\s+", " ", regex=True)
    key = key.mask(key == "")
    return key.map(aliases).fillna(key.str.title())
