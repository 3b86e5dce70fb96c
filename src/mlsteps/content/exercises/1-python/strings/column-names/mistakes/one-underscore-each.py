def to_snake_case(header):
    name = ""
    for ch in header.lower():
        if ch.isalnum():
            name += ch
        else:
            name += "_"
    return name.strip("_")
