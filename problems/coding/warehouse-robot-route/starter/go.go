package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<20)
	var rows, cols int
	fmt.Fscan(reader, &rows, &cols)
	grid := make([]string, rows) // grid[r][c] is one of . # S E
	for r := range grid {
		fmt.Fscan(reader, &grid[r])
	}
	_ = cols
	// Write your solution here.
	fmt.Println(-1)
}
