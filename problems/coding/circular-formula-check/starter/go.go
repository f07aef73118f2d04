package main

import (
	"bufio"
	"fmt"
	"os"
)

// edges: {a, b} pairs, "cell a reads cell b".
func hasCycle(n int, edges [][2]int) bool {
	return false
}

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<20)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()
	var t int
	fmt.Fscan(reader, &t)
	for ; t > 0; t-- {
		var n, m int
		fmt.Fscan(reader, &n, &m)
		edges := make([][2]int, m)
		for i := range edges {
			fmt.Fscan(reader, &edges[i][0], &edges[i][1])
		}
		if hasCycle(n, edges) {
			fmt.Fprintln(writer, "CIRCULAR")
		} else {
			fmt.Fprintln(writer, "OK")
		}
	}
}
