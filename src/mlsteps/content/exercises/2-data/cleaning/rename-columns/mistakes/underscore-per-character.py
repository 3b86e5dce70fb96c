def tidy_headers(frame, renames):
    tidy = frame.columns.str.strip().str.lower().str.replace(" ", "_").str.replace("-", "_")
    return frame.set_axis(tidy, axis="columns").rename(columns=renames)
