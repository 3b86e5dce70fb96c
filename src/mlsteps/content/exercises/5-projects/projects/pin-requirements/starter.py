import ast
import sys

# Where the name you import differs from the name you install.
DISTRIBUTIONS = {
    "sklearn": "scikit-learn",
    "PIL": "pillow",
    "cv2": "opencv-python",
    "yaml": "PyYAML",
    "bs4": "beautifulsoup4",
}


def pin_requirements(notebook, installed):
    """The requirements.txt lines (name==version) for what the notebook's code cells import."""
    # Collect the modules the code cells import, keep the installed ones, and pin their versions.
    return []
