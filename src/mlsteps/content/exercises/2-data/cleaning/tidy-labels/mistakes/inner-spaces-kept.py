def tidy_cities(cities, aliases):
    key = cities.str.strip().str.lower()
    key = key.mask(key == "")
    return key.map(aliases).fillna(key.str.title())
