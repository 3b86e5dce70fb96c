def check_age(age):
    if not isinstance(age, int):
        raise TypeError(f"age must be a whole number, got {type(age).__name__}")
    if age < 0 or age > 130:
        raise ValueError(f"age must be between 0 and 130, got {age}")
    return age
