def to_fahrenheit(celsius):
    return round(celsius * 5 / 9 + 32, 1)
