def flatten(rows):
    """Return every number of the table in one list, row by row."""
    return [number for row in rows for number in row]
