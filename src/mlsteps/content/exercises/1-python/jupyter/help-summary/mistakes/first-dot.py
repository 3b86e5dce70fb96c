import importlib


def summary_line(dotted):
    module_name, _, function_name = dotted.partition(".")
    function = importlib.import_module(module_name)
    for part in function_name.split(".")[:1]:
        function = getattr(function, part)
    for line in (function.__doc__ or "").splitlines():
        if line.strip():
            return line.strip()
    return ""
