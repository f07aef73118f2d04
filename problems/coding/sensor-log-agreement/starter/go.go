package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	var a, b string
	fmt.Fscan(reader, &a, &b)
	_, _ = a, b
	// Write your solution here: print the length of the longest common subsequence.
	fmt.Println(0)
}
