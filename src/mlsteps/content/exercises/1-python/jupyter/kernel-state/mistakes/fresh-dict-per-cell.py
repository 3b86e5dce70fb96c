def kernel_state(history):
    state = {}
    for cell in history:
        if cell == "RESTART":
            state = {}
            continue
        namespace = {}
        try:
            exec(cell, namespace)
        except Exception:
            pass
        state.update({name: value for name, value in namespace.items() if not name.startswith("_")})
    return state
