def to_snake_case(header):
    return header.strip().lower().replace(" ", "_")
