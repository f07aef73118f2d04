package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// evaluate returns the value of the formula; "/" truncates toward zero (as Go's / does).
func evaluate(formula string) int64 {
	return 0
}

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<20)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()
	line, _ := reader.ReadString('\n')
	t, _ := strconv.Atoi(strings.TrimSpace(line))
	for i := 0; i < t; i++ {
		line, _ = reader.ReadString('\n')
		fmt.Fprintln(writer, evaluate(strings.TrimRight(line, "\r\n")))
	}
}
