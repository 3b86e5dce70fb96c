def check_age(age):
    """Return `age` if it is an int from 0 to 130; raise TypeError or ValueError otherwise."""
    if isinstance(age, bool) or not isinstance(age, int):
        raise TypeError(f"age must be a whole number, got {type(age).__name__}")
    if age < 0 or age > 130:
        raise ValueError(f"age must be between 0 and 130, got {age}")
    return age
