namespace = {}


def first_failure(cells):
    for index, source in enumerate(cells):
        try:
            exec(source, namespace)
        except Exception as error:
            return index, type(error).__name__
    return None
