def shopping_list(recipe, pantry):
    return {item: amount - pantry.get(item, 0) for item, amount in recipe.items()}
