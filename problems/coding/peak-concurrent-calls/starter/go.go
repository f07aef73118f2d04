package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(reader, &n)
	calls := make([][2]int64, n)
	for i := range calls {
		fmt.Fscan(reader, &calls[i][0], &calls[i][1])
	}
	// Write your solution here.
	var peak, firstAt int64
	fmt.Println(peak, firstAt)
}
