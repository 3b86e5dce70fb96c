import importlib


def summary_line(dotted):
    module_name, _, function_name = dotted.rpartition(".")
    function = getattr(importlib.import_module(module_name), function_name)
    for line in (function.__doc__ or "").splitlines():
        if line.strip():
            return line
    return ""
