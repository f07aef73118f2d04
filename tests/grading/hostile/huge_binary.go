// 128 MB of initialised data: the compiler and the linker must write it all out.
package main

import "fmt"

var table = [1 << 24]int{0: 1, 1<<24 - 1: 2}

func main() { fmt.Println(table[0] + table[len(table)-1]) }
