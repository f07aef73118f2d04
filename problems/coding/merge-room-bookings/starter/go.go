package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()
	var n int
	fmt.Fscan(reader, &n)
	bookings := make([][2]int64, n)
	for i := range bookings {
		fmt.Fscan(reader, &bookings[i][0], &bookings[i][1])
	}
	// Write your solution here.
	blocks := bookings
	fmt.Fprintln(writer, len(blocks))
	for _, b := range blocks {
		fmt.Fprintln(writer, b[0], b[1])
	}
}
