def shopping_list(recipe, pantry):
    for item, have in pantry.items():
        if item in recipe:
            recipe[item] -= have
    return {item: amount for item, amount in recipe.items() if amount > 0}
