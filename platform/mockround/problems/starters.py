"""Starter code for a standard-input problem, per language: it reads the input and compiles as it is."""

from __future__ import annotations

STDIO_STARTERS = {
    "python3": """import sys


def main() -> None:
    data = sys.stdin.read().split()
    # Write your solution here.
    print(len(data))


main()
""",
    "javascript": r"""const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
// Write your solution here.
console.log(data.length);
""",
    "cpp": r"""#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    std::string token;
    long long tokens = 0;
    while (std::cin >> token) {
        // Write your solution here.
        ++tokens;
    }
    std::cout << tokens << '\n';
}
""",
    "java": """import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        long lines = 0;
        while (in.readLine() != null) {
            // Write your solution here.
            lines++;
        }
        System.out.println(lines);
    }
}
""",
    "go": """package main

import (
    "bufio"
    "fmt"
    "os"
)

func main() {
    scanner := bufio.NewScanner(os.Stdin)
    scanner.Split(bufio.ScanWords)
    tokens := 0
    for scanner.Scan() {
        // Write your solution here.
        tokens++
    }
    fmt.Println(tokens)
}
""",
}
