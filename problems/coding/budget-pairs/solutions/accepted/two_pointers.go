package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() int64 {
		scanner.Scan()
		v, _ := strconv.ParseInt(scanner.Text(), 10, 64)
		return v
	}
	n := int(next())
	budget := next()
	p := make([]int64, n)
	for i := range p {
		p[i] = next()
	}
	var count int64
	lo, hi := 0, n-1
	for lo < hi {
		if p[lo]+p[hi] <= budget {
			count += int64(hi - lo)
			lo++
		} else {
			hi--
		}
	}
	fmt.Println(count)
}
