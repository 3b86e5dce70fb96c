def kernel_state(history):
    """Run the cells in one namespace (RESTART empties it) and return the names they leave, without _names."""
    namespace = {}
    for cell in history:
        if cell == "RESTART":
            namespace = {}
            continue
        try:
            exec(cell, namespace)
        except Exception:
            continue  # as in Jupyter: this cell stops here, the next one still runs
    return {name: value for name, value in namespace.items() if not name.startswith("_")}
