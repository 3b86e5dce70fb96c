def check_age(age):
    if isinstance(age, bool) or not isinstance(age, int):
        print("age must be a whole number")
        return None
    if age < 0 or age > 130:
        print("age must be between 0 and 130")
        return None
    return age
