package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	var n, m, s, t int
	fmt.Fscan(reader, &n, &m, &s, &t)
	from := make([]int, m)
	to := make([]int, m)
	cost := make([]int64, m)
	for i := 0; i < m; i++ {
		fmt.Fscan(reader, &from[i], &to[i], &cost[i])
	}
	_, _, _ = n, s, t
	// Write your solution here: print the cheapest cost from s to t, or -1.
	fmt.Println(-1)
}
