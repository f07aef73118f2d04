package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	var n int
	var budget int64
	fmt.Fscan(reader, &n, &budget)
	prices := make([]int64, n)
	for i := range prices {
		fmt.Fscan(reader, &prices[i])
	}
	var count int64
	// Count the pairs i < j with prices[i] + prices[j] <= budget.
	fmt.Println(count)
}
