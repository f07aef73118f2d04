package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	scanner := bufio.NewScanner(bufio.NewReaderSize(os.Stdin, 1<<16))
	scanner.Split(bufio.ScanWords)
	scanner.Scan()
	n, _ := strconv.ParseInt(scanner.Text(), 10, 64)
	var total int64
	for i := int64(0); i < n; i++ {
		scanner.Scan()
		value, _ := strconv.ParseInt(scanner.Text(), 10, 64)
		total += value
	}
	fmt.Println(strconv.FormatFloat(float64(total)/float64(n), 'g', -1, 64))
}
