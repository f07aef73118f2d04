package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
)

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	scanner.Scan()
	n, _ := strconv.Atoi(scanner.Text())
	tails := make([]int, 0, n)
	for i := 0; i < n; i++ {
		scanner.Scan()
		h, _ := strconv.Atoi(scanner.Text())
		k := sort.SearchInts(tails, h) // first tail >= h
		if k == len(tails) {
			tails = append(tails, h)
		} else {
			tails[k] = h
		}
	}
	fmt.Println(len(tails))
}
