def clean_name(raw):
    name = raw.strip().replace("  ", " ")
    return name.title()
