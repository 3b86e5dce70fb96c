import importlib


def summary_line(dotted):
    """Return the first non-blank line of the docstring of the function named `dotted`, stripped."""
    module_name, _, function_name = dotted.rpartition(".")
    function = getattr(importlib.import_module(module_name), function_name)
    for line in (function.__doc__ or "").splitlines():
        if line.strip():
            return line.strip()
    return ""
