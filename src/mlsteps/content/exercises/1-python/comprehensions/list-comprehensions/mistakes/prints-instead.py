def even_squares(numbers):
    print([n * n for n in numbers if n % 2 == 0])
