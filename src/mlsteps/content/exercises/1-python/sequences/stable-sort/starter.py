def rank_by_grade(students):
    """Return (name, grade) tuples with the highest grade first; equal grades keep their order."""
    # Sort here, leaving the order of equal grades alone.
    return list(students)
