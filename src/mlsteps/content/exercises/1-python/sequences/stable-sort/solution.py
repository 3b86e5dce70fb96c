def rank_by_grade(students):
    """Return (name, grade) tuples with the highest grade first; equal grades keep their order."""
    return sorted(students, key=lambda pair: pair[1], reverse=True)
