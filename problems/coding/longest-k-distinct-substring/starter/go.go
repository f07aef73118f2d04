package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	var k int
	var s string
	fmt.Fscan(reader, &k, &s)
	bestLen, bestStart := 0, 0
	// Find the first longest substring with at most k distinct letters.
	fmt.Println(bestLen, bestStart)
}
