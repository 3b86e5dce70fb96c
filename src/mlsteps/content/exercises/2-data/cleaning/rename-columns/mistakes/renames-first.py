def tidy_headers(frame, renames):
    renamed = frame.rename(columns=renames)
    tidy = renamed.columns.str.strip().str.lower().str.replace(r"[\s-]+", "_", regex=True)
    return renamed.set_axis(tidy, axis="columns")
