def question_kind(targets, max_classes=10):
    if not [value for value in targets if value is not None]:
        raise ValueError("nothing to decide from")
    if any(isinstance(value, str) for value in targets):
        return "classification"
    if any(isinstance(value, float) and not value.is_integer() for value in targets):
        return "regression"
    if len(set(targets)) <= max_classes:
        return "classification"
    return "regression"
