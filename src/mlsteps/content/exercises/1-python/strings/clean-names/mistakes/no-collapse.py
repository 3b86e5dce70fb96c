def clean_name(raw):
    return raw.strip().title()
