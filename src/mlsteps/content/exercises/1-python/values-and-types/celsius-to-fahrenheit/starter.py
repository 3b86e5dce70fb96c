def to_fahrenheit(celsius):
    """Return the temperature `celsius` in degrees Fahrenheit, rounded to 1 decimal place."""
    # Write the conversion here, then round it.
    return 0.0
