def fizz_buzz(n):
    labels = []
    for i in range(n):
        if i % 15 == 0:
            labels.append("FizzBuzz")
        elif i % 3 == 0:
            labels.append("Fizz")
        elif i % 5 == 0:
            labels.append("Buzz")
        else:
            labels.append(str(i))
    return labels
