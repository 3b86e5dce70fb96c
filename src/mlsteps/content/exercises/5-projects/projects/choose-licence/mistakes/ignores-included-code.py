def choose_licences(project):
    """SPDX identifiers for the project's code and data ({"code": ..., "data": ...}; data None if not shareable)."""
    if project["share_alike"]:
        code = "GPL-3.0-or-later"
    elif project["patent_grant"]:
        code = "Apache-2.0"
    else:
        code = "MIT"
    source = project["data_source"]
    if source == "proprietary":
        data = None
    elif source != "own":
        data = source
    elif project["share_alike"]:
        data = "CC-BY-SA-4.0"
    elif project["data_attribution"]:
        data = "CC-BY-4.0"
    else:
        data = "CC0-1.0"
    return {"code": code, "data": data}
