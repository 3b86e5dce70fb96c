def letter_grade(score):
    """Return "A", "B", "C", "D" or "F" for a score from 0 to 100."""
    # ... write your if / elif / else here.
    return None
