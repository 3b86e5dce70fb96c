def question_kind(targets, max_classes=10):
    """Return "classification" or "regression" for a list of target values (None is missing)."""
    known = [value for value in targets if value is not None]
    if not known:
        raise ValueError("no known target to decide from")
    if any(isinstance(value, str) for value in known):
        return "classification"
    if any(isinstance(value, float) and not value.is_integer() for value in known):
        return "regression"
    if len(set(known)) <= max_classes:
        return "classification"
    return "regression"
