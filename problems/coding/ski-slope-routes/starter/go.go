package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	var r, c int
	fmt.Fscan(reader, &r, &c)
	grid := make([]string, r) // grid[i][j] is '.' (open snow) or '#' (tree)
	for i := range grid {
		fmt.Fscan(reader, &grid[i])
	}
	const MOD = 1000000007
	_ = c
	// Write your solution here: print the number of routes modulo 1000000007.
	fmt.Println(0)
}
