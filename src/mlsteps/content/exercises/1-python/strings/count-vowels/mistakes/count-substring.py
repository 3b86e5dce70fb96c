def count_vowels(text):
    return text.lower().count("aeiou")
