def to_fahrenheit(celsius):
    """Return the temperature `celsius` in degrees Fahrenheit, rounded to 1 decimal place."""
    return round(celsius * 9 / 5 + 32, 1)
