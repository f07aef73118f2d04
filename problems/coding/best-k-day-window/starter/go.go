package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	var n, k int
	fmt.Fscan(reader, &n, &k)
	p := make([]int64, n)
	for i := range p {
		fmt.Fscan(reader, &p[i])
	}
	var best int64
	bestStart := 1
	// Find the best run of k consecutive days.
	fmt.Println(best, bestStart)
}
