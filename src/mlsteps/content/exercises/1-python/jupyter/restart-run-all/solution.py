def first_failure(cells):
    """Run the cells top to bottom in a fresh namespace; return (index, error class name) of the first failure."""
    namespace = {}
    for index, source in enumerate(cells):
        try:
            exec(source, namespace)
        except Exception as error:
            return index, type(error).__name__
    return None
