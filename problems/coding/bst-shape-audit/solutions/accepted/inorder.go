package main

import (
	"bufio"
	"os"
	"strconv"
)

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()
	t, _ := strconv.Atoi(next())
	for ; t > 0; t-- {
		m, _ := strconv.Atoi(next())
		var value []int64
		var left, right []int
		for pos := 0; pos < m; pos++ {
			tok := next()
			if tok == "null" {
				continue
			}
			v, _ := strconv.ParseInt(tok, 10, 64)
			child := len(value)
			value = append(value, v)
			left = append(left, -1)
			right = append(right, -1)
			if pos > 0 {
				// Node k owns tokens 2k+1 (left) and 2k+2 (right).
				if pos%2 == 1 {
					left[(pos-1)/2] = child
				} else {
					right[(pos-1)/2] = child
				}
			}
		}
		ok := true
		if len(value) > 0 {
			stack := []int{}
			node := 0
			havePrev := false
			var prev int64
			for ok && (len(stack) > 0 || node != -1) {
				for node != -1 {
					stack = append(stack, node)
					node = left[node]
				}
				node = stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if havePrev && value[node] <= prev {
					ok = false
				}
				prev, havePrev = value[node], true
				node = right[node]
			}
		}
		if ok {
			writer.WriteString("YES\n")
		} else {
			writer.WriteString("NO\n")
		}
	}
}
