package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	var n, amount int
	fmt.Fscan(reader, &n, &amount)
	coins := make([]int, n)
	for i := range coins {
		fmt.Fscan(reader, &coins[i])
	}
	// Write your solution here: print the fewest tokens that make exactly `amount`, or -1.
	fmt.Println(-1)
}
