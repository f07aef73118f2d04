# Right, but exponential: F(90) never finishes in the time limit.
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(int(input())))
