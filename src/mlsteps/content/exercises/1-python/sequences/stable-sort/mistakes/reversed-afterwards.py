def rank_by_grade(students):
    return sorted(students, key=lambda pair: pair[1])[::-1]
