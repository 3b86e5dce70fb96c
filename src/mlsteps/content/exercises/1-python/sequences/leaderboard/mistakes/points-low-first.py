def leaderboard(players):
    ranked = sorted(players, key=lambda player: (player["points"], player["minutes"], player["name"]))
    return [player["name"] for player in ranked]
