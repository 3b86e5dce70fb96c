def tidy_headers(frame, renames):
    frame.columns = frame.columns.str.strip().str.lower().str.replace(r"[\s-]+", "_", regex=True)
    frame.columns = [renames.get(name, name) for name in frame.columns]
    return frame
