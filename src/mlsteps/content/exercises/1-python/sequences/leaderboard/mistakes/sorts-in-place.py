def leaderboard(players):
    players.sort(key=lambda player: (-player["points"], player["minutes"], player["name"]))
    return [player["name"] for player in players]
