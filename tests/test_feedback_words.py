"""Feedback in a learner's words: no web addresses from library warnings, no internal attribute paths, and a
difference in line endings called what it is."""

from mlsteps.engine.compare import first_difference
from mlsteps.engine.difference import CompareOptions
from mlsteps.engine.feedback import plain_warning
from mlsteps.engine.judge import _learned

SKLEARN_WARNING = """lbfgs failed to converge (status=1):
STOP: TOTAL NO. OF ITERATIONS REACHED LIMIT.

Increase the number of iterations (max_iter) or scale the data as shown in:
    https://scikit-learn.org/stable/modules/preprocessing.html
Please also refer to the documentation for alternative solver options:
    https://scikit-learn.org/stable/modules/linear_model.html#logistic-regression"""


def test_a_library_warning_keeps_its_meaning_and_loses_its_addresses():
    shown = plain_warning(SKLEARN_WARNING)
    assert "http" not in shown and "refer to the documentation" not in shown and "shown in" not in shown
    assert shown.startswith("lbfgs failed to converge") and "max_iter" in shown
    assert len(plain_warning("word " * 200)) <= 200


def test_what_a_fitted_step_learned_is_named_in_words_not_by_its_path():
    assert _learned("steps.0.1.mean_") == "What the object your function returned learned (its mean)"
    assert "n samples seen" in _learned("named_steps.scaler.n_samples_seen_")
    assert "steps.0" not in _learned("steps.0.1.mean_")


def test_a_difference_in_line_endings_is_called_that():
    difference = first_difference("name,score\r\nada,3\r\n", "name,score\nada,3\n", CompareOptions())
    assert "line endings" in difference.describe() and "spaces" not in difference.describe()
