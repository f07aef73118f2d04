package main

import (
	"bufio"
	"fmt"
	"os"
)

func isSearchTree(tokens []string) bool {
	// tokens: the level-order serialisation (integers as text, or "null").
	return true
}

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<20)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()
	var t int
	fmt.Fscan(reader, &t)
	for ; t > 0; t-- {
		var m int
		fmt.Fscan(reader, &m)
		tokens := make([]string, m)
		for i := range tokens {
			fmt.Fscan(reader, &tokens[i])
		}
		if isSearchTree(tokens) {
			fmt.Fprintln(writer, "YES")
		} else {
			fmt.Fprintln(writer, "NO")
		}
	}
}
