package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(reader, &n)
	h := make([]int, n)
	for i := range h {
		fmt.Fscan(reader, &h[i])
	}
	// Write your solution here: print the length of the longest strictly increasing subsequence.
	fmt.Println(1)
}
