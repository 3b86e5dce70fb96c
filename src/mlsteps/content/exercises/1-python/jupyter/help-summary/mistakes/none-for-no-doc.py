import importlib


def summary_line(dotted):
    module_name, _, function_name = dotted.rpartition(".")
    function = getattr(importlib.import_module(module_name), function_name)
    if function.__doc__ is None:
        return None
    for line in function.__doc__.splitlines():
        if line.strip():
            return line.strip()
    return ""
