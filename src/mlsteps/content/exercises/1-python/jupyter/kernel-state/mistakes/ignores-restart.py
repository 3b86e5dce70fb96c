def kernel_state(history):
    namespace = {}
    for cell in history:
        if cell == "RESTART":
            continue
        try:
            exec(cell, namespace)
        except Exception:
            pass
    return {name: value for name, value in namespace.items() if not name.startswith("_")}
