def fizz_buzz(n):
    """Return the FizzBuzz labels for the numbers from 1 to `n`, as a list of strings."""
    labels = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            labels.append("FizzBuzz")
        elif i % 3 == 0:
            labels.append("Fizz")
        elif i % 5 == 0:
            labels.append("Buzz")
        else:
            labels.append(str(i))
    return labels
