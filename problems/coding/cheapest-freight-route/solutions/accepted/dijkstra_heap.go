package main

import (
	"bufio"
	"container/heap"
	"fmt"
	"os"
	"strconv"
)

type item struct {
	dist int64
	node int
}

type minHeap []item

func (h minHeap) Len() int            { return len(h) }
func (h minHeap) Less(i, j int) bool  { return h[i].dist < h[j].dist }
func (h minHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x interface{}) { *h = append(*h, x.(item)) }
func (h *minHeap) Pop() interface{} {
	old := *h
	last := old[len(old)-1]
	*h = old[:len(old)-1]
	return last
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() int {
		scanner.Scan()
		v, _ := strconv.Atoi(scanner.Text())
		return v
	}
	n, m, s, t := next(), next(), next(), next()
	head := make([]int, n+1)
	for i := range head {
		head[i] = -1
	}
	to := make([]int, m)
	cost := make([]int64, m)
	link := make([]int, m)
	for i := 0; i < m; i++ {
		u, v, w := next(), next(), next()
		to[i], cost[i], link[i] = v, int64(w), head[u]
		head[u] = i
	}
	const inf = int64(1) << 62
	dist := make([]int64, n+1)
	for i := range dist {
		dist[i] = inf
	}
	dist[s] = 0
	h := &minHeap{{0, s}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for e := head[cur.node]; e != -1; e = link[e] {
			nd := cur.dist + cost[e]
			if nd < dist[to[e]] {
				dist[to[e]] = nd
				heap.Push(h, item{nd, to[e]})
			}
		}
	}
	if dist[t] == inf {
		fmt.Println(-1)
	} else {
		fmt.Println(dist[t])
	}
}
