def leaderboard(players):
    """Return the names ranked by points (high first), then minutes (low first), then name."""
    ranked = sorted(players, key=lambda player: (-player["points"], player["minutes"], player["name"]))
    return [player["name"] for player in ranked]
