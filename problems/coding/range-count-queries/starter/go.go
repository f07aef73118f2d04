package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()
	var n, q int
	fmt.Fscan(reader, &n, &q)
	readings := make([]int, n)
	for i := range readings {
		fmt.Fscan(reader, &readings[i])
	}
	for ; q > 0; q-- {
		var lo, hi int
		fmt.Fscan(reader, &lo, &hi)
		// Count the readings with lo <= r <= hi.
		fmt.Fprintln(writer, 0)
	}
}
