package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	var n, m int
	fmt.Fscan(reader, &n, &m)
	from := make([]int, m)
	to := make([]int, m)
	for i := 0; i < m; i++ {
		fmt.Fscan(reader, &from[i], &to[i])
	}
	_ = n
	// Write your solution here: print the smallest compile order, or IMPOSSIBLE.
	fmt.Println("IMPOSSIBLE")
}
