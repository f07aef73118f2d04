package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	var n, m int
	fmt.Fscan(reader, &n, &m)
	d := make([]int64, n)
	for i := range d {
		fmt.Fscan(reader, &d[i])
	}
	_ = m
	// Write your solution here.
	var last int64
	parts := make([]string, n)
	for i := range parts {
		parts[i] = "1"
	}
	fmt.Println(last)
	fmt.Println(strings.Join(parts, " "))
}
