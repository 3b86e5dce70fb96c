def summarise(df):
    """Return a dict: rows, columns, means of the numeric columns, most_missing and complete_rows."""
    missing = df.isna().sum()
    return {
        "rows": df.shape[0],
        "columns": df.shape[1],
        "means": df.select_dtypes("number").mean().round(2).to_dict(),
        "most_missing": missing.idxmax() if missing.max() > 0 else None,
        "complete_rows": len(df.dropna()),
    }
