package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	var n, d int
	fmt.Fscan(reader, &n, &d)
	w := make([]int64, n)
	for i := range w {
		fmt.Fscan(reader, &w[i])
	}
	var capacity int64
	// Find the smallest capacity that delivers everything within d days.
	fmt.Println(capacity)
}
