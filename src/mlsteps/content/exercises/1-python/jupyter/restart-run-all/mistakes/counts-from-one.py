def first_failure(cells):
    namespace = {}
    for number, source in enumerate(cells, start=1):
        try:
            exec(source, namespace)
        except Exception as error:
            return number, type(error).__name__
    return None
