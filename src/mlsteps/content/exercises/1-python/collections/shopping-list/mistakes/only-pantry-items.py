def shopping_list(recipe, pantry):
    needed = {}
    for item, have in pantry.items():
        if item in recipe and recipe[item] > have:
            needed[item] = recipe[item] - have
    return needed
