def leaderboard(players):
    ranked = sorted(players, key=lambda player: (-player["points"], player["minutes"]))
    return [player["name"] for player in ranked]
