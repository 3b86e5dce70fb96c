def summarise(df):
    missing = df.isna().sum()
    return {
        "rows": df.shape[0],
        "columns": df.shape[1],
        "means": df.select_dtypes("number").mean().round(2).to_dict(),
        "most_missing": missing.max() if missing.max() > 0 else None,
        "complete_rows": len(df.dropna()),
    }
