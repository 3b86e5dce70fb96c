import csv
import json

# In a .py file: copy read_signups (part 1), clean_signups (part 2) and summarise_signups (part 3) here.
# In a notebook they are already defined in the cells above.


def write_report(csv_path, json_path):
    """Read, clean and summarise the sign-ups at `csv_path`; write the report as JSON to `json_path` and return it."""
    report = {}
    # Call your three functions, build the report, write it with json.dump, and return it.
    return report
