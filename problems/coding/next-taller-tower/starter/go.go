package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()
	var n int
	fmt.Fscan(reader, &n)
	h := make([]int, n)
	for i := range h {
		fmt.Fscan(reader, &h[i])
	}
	answer := make([]int, n)
	// For each tower, the 1-based number of the nearest strictly taller tower to its east, or 0.
	for i, a := range answer {
		if i > 0 {
			writer.WriteByte(' ')
		}
		writer.WriteString(strconv.Itoa(a))
	}
	writer.WriteByte('\n')
}
