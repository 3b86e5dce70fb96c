import re

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
    found = set()
    heading, has_text, in_fence = None, False, False

    def close():
        if heading is not None and has_text:
            found.update(name for name, words in SECTIONS.items() if any(word in heading for word in words))

    for line in readme.splitlines():
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            has_text = True
            continue
        match = None if in_fence else re.match(r"#{1,6} (.*)", line)
        if match:
            close()
            heading, has_text = match.group(1).lower(), False
        elif line.strip():
            has_text = True
    close()
    return [name for name in SECTIONS if name not in found]
