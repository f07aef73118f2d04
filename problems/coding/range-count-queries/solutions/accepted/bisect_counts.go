package main

import (
	"bufio"
	"os"
	"sort"
	"strconv"
)

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() int {
		scanner.Scan()
		v, _ := strconv.Atoi(scanner.Text())
		return v
	}
	n, q := next(), next()
	readings := make([]int, n)
	for i := range readings {
		readings[i] = next()
	}
	sort.Ints(readings)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for ; q > 0; q-- {
		lo, hi := next(), next()
		// first index with value >= lo, first index with value > hi
		from := sort.Search(n, func(i int) bool { return readings[i] >= lo })
		to := sort.Search(n, func(i int) bool { return readings[i] > hi })
		out.WriteString(strconv.Itoa(to - from))
		out.WriteByte('\n')
	}
}
