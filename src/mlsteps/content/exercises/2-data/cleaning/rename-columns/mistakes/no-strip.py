def tidy_headers(frame, renames):
    tidy = frame.columns.str.lower().str.replace(r"[\s-]+", "_", regex=True)
    return frame.set_axis(tidy, axis="columns").rename(columns=renames)
