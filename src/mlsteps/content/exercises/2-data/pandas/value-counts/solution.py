def tool_shares(survey):
    """Return a Series: for each main tool, the share of people who use it, rounded to 3 decimals."""
    return survey["main_tool"].value_counts(normalize=True).round(3)
