def is_number(value):
    if type(value) == int:
        return True
    return False
