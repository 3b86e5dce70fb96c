def tidy_cities(cities, aliases):
    key = cities.str.strip().str.lower().str.replace(r"\s+", " ", regex=True)
    key = key.mask(key == "")
    return key.map(aliases).fillna(key)
