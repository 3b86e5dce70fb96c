def choose_model(results):
    """Return the name with the best validation score; ties: smaller train-validation gap, then the name."""
    # Rank the models by the rules of the prompt.
    return None
