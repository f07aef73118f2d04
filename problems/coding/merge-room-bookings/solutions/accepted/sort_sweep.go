package main

import (
	"bufio"
	"os"
	"sort"
	"strconv"
)

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<20)
	writer := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer writer.Flush()
	readInt := func() int64 {
		n, c := int64(0), byte(0)
		for c, _ = reader.ReadByte(); c == ' ' || c == '\n' || c == '\r'; c, _ = reader.ReadByte() {
		}
		for ; c >= '0' && c <= '9'; c, _ = reader.ReadByte() {
			n = n*10 + int64(c-'0')
		}
		return n
	}
	n := int(readInt())
	s := make([][2]int64, n)
	for i := range s {
		s[i][0] = readInt()
		s[i][1] = readInt()
	}
	sort.Slice(s, func(a, b int) bool { return s[a][0] < s[b][0] })
	var blocks [][2]int64
	cur := s[0]
	for _, b := range s[1:] {
		if b[0] <= cur[1] {
			if b[1] > cur[1] {
				cur[1] = b[1]
			}
		} else {
			blocks = append(blocks, cur)
			cur = b
		}
	}
	blocks = append(blocks, cur)
	writer.WriteString(strconv.Itoa(len(blocks)) + "\n")
	for _, b := range blocks {
		writer.WriteString(strconv.FormatInt(b[0], 10) + " " + strconv.FormatInt(b[1], 10) + "\n")
	}
}
