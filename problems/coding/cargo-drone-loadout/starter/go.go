package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	var n, capacity int
	fmt.Fscan(reader, &n, &capacity)
	weight := make([]int, n)
	value := make([]int64, n)
	for i := 0; i < n; i++ {
		fmt.Fscan(reader, &weight[i], &value[i])
	}
	// Write your solution here: print the largest total value within `capacity` grams.
	fmt.Println(0)
}
