def kernel_state(history):
    namespace = {}
    try:
        for cell in history:
            if cell == "RESTART":
                namespace = {}
                continue
            exec(cell, namespace)
    except Exception:
        pass
    return {name: value for name, value in namespace.items() if not name.startswith("_")}
