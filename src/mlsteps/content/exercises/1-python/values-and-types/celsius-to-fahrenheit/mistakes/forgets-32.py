def to_fahrenheit(celsius):
    fahrenheit = celsius * 9 / 5
    return round(fahrenheit, 1)
