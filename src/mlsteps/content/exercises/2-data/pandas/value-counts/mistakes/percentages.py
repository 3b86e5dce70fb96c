def tool_shares(survey):
    return (survey["main_tool"].value_counts(normalize=True) * 100).round(3)
