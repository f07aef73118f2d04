package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

// Recomputes the mean of every prefix from scratch: quadratic in n.
func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Split(bufio.ScanWords)
	scanner.Scan()
	n, _ := strconv.Atoi(scanner.Text())
	values := make([]float64, n)
	for i := range values {
		scanner.Scan()
		value, _ := strconv.ParseFloat(scanner.Text(), 64)
		values[i] = value
	}
	mean := 0.0
	for i := 0; i < n; i++ {
		total := 0.0
		for j := 0; j <= i; j++ {
			total += values[j]
		}
		mean = total / float64(i+1)
	}
	fmt.Printf("%.9f\n", mean)
}
