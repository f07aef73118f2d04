package main

import (
	"bufio"
	"fmt"
	"os"
)

// countPairs counts the pairs of positions i < j with values[i] + values[j] == target.
func countPairs(values []int64, target int64) int64 {
	// Write your solution here.
	return 0
}

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<20)
	var n int
	var target int64
	fmt.Fscan(reader, &n, &target)
	values := make([]int64, n)
	for i := range values {
		fmt.Fscan(reader, &values[i])
	}
	fmt.Println(countPairs(values, target))
}
