package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	var n int
	var t int64
	fmt.Fscan(reader, &n, &t)
	a := make([]int64, n)
	for i := range a {
		fmt.Fscan(reader, &a[i])
	}
	// Find the stretch and print "l r" (1-based), or -1.
	fmt.Println(-1)
}
