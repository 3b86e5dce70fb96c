def kernel_state(history):
    """Run the cells in one namespace (RESTART empties it) and return the names they leave, without _names."""
    namespace = {}
    # Run each cell here.
    return namespace
