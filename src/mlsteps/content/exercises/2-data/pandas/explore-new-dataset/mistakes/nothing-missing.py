def summarise(df):
    return {
        "rows": df.shape[0],
        "columns": df.shape[1],
        "means": df.select_dtypes("number").mean().round(2).to_dict(),
        "most_missing": df.isna().sum().idxmax(),
        "complete_rows": len(df.dropna()),
    }
