package mempool

// headIndex orders the senders with executable txs by the arrival number
// of their head tx (the next one to execute): a treap keyed by that
// number, which is unique per tx. Pending walks it in order and stops
// after the txs it needs, so a block costs O(k log n) rather than a pass
// over every sender.
type headIndex struct {
	root *node
	n    int
}

type node struct {
	seq         uint64
	a           *account
	prio        uint64
	left, right *node
}

// priority is a fixed pseudo-random function of the key (splitmix64), so
// the treap needs no random source.
func priority(seq uint64) uint64 {
	z := seq + 0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func (h *headIndex) insert(seq uint64, a *account) {
	h.root = insertNode(h.root, &node{seq: seq, a: a, prio: priority(seq)})
	h.n++
}

func insertNode(t, x *node) *node {
	if t == nil {
		return x
	}
	if x.prio > t.prio {
		x.left, x.right = split(t, x.seq)
		return x
	}
	if x.seq < t.seq {
		t.left = insertNode(t.left, x)
	} else {
		t.right = insertNode(t.right, x)
	}
	return t
}

// split returns the nodes with keys < seq and those > seq (keys are
// unique: seq itself is absent).
func split(t *node, seq uint64) (l, r *node) {
	if t == nil {
		return nil, nil
	}
	if t.seq < seq {
		t.right, r = split(t.right, seq)
		return t, r
	}
	l, t.left = split(t.left, seq)
	return l, t
}

func merge(l, r *node) *node {
	switch {
	case l == nil:
		return r
	case r == nil:
		return l
	case l.prio > r.prio:
		l.right = merge(l.right, r)
		return l
	}
	r.left = merge(l, r.left)
	return r
}

func (h *headIndex) delete(seq uint64) {
	p := &h.root
	for *p != nil {
		switch t := *p; {
		case seq < t.seq:
			p = &t.left
		case seq > t.seq:
			p = &t.right
		default:
			*p = merge(t.left, t.right)
			h.n--
			return
		}
	}
}

// ascend calls fn for each entry in key order until fn returns false.
func (h *headIndex) ascend(fn func(seq uint64, a *account) bool) {
	var stack []*node
	for t := h.root; t != nil || len(stack) > 0; {
		for ; t != nil; t = t.left {
			stack = append(stack, t)
		}
		t = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !fn(t.seq, t.a) {
			return
		}
		t = t.right
	}
}
