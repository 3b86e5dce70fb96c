def leaderboard(players):
    ranked = sorted(players, key=lambda player: (player["points"], player["minutes"], player["name"]), reverse=True)
    return [player["name"] for player in ranked]
