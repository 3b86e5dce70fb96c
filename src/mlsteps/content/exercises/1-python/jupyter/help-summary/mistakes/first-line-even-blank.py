import importlib


def summary_line(dotted):
    module_name, _, function_name = dotted.rpartition(".")
    function = getattr(importlib.import_module(module_name), function_name)
    doc = function.__doc__ or ""
    return doc.split("\n")[0].strip()
