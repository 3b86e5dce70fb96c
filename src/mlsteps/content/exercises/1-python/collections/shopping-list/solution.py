from collections import Counter


def shopping_list(recipe, pantry):
    """Return {item: amount still needed} for the items the pantry does not cover; positive amounts only."""
    return dict(Counter(recipe) - Counter(pantry))
