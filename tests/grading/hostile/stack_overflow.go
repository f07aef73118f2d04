// Recurse without end: Go grows the goroutine's stack until its 1 GB maximum.
package main

import "fmt"

func down(depth int) int {
	var frame [64]byte
	frame[depth%64] = byte(depth)
	return down(depth+1) + int(frame[0])
}

func main() { fmt.Println(down(0)) }
