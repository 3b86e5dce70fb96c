def check_age(age):
    if isinstance(age, bool) or not isinstance(age, int) or age < 0 or age > 130:
        raise ValueError(f"bad age: {age}")
    return age
