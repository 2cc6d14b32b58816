//go:build amd64

package job

import (
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"golang.org/x/sys/cpu"
)

// An eight-lane Poseidon2 compression on AVX-512 IFMA, for hashing many
// independent nodes (the trace leaves) at once. It computes exactly H: the
// tests compare it with H lane by lane, and the golden vectors pass
// through it.

// vec8 holds eight field elements: limb k (52 bits) of lane j at [k][j],
// Montgomery form with R = 2^260, value below a small multiple of p.
type vec8 [5][8]uint64

// ifmaConsts is read by the assembly: p's limbs, −p⁻¹ mod 2^52, the limb
// mask.
type ifmaConsts struct {
	p    [5]uint64
	pinv uint64
	mask uint64
	// kq[q] = ⌊q·2^253 / p⌋ for reduce8.
	kq [16]uint64
}

//go:noescape
func montmul8(z, a, b *vec8, c *ifmaConsts)

//go:noescape
func sbox8(x, tmp *vec8, c *ifmaConsts)

//go:noescape
func add8(z, a, b *vec8, c *ifmaConsts)

//go:noescape
func reduce8(x *vec8, c *ifmaConsts)

//go:noescape
func extmat8(x0, x1 *vec8, c *ifmaConsts)

//go:noescape
func partial2x8(st *[2][4]vec8, rk *[partialRounds]vec8, c *ifmaConsts)

//go:noescape
func intmat8(x0, x1 *vec8, c *ifmaConsts)

//go:noescape
func sbox2x8(x1, t1, x2, t2 *vec8, c *ifmaConsts)

// ifmaKeys are the constants of the eight-lane compression.
type ifmaKeys struct {
	c        ifmaConsts
	first    [fullRounds / 2][2]vec8
	partial  [partialRounds]vec8
	last     [fullRounds / 2][2]vec8
	fromGn   vec8 // 2^264 mod p: gnark's Montgomery words (R = 2^256) to ours
	toGn     vec8 // 2^256 mod p: ours back to gnark's
	fromInt  vec8 // R² mod p: a plain integer to our form
	zeroRoot [maxDepth + 1][5]uint64
}

func hasIFMA() bool {
	return cpu.X86.HasAVX512F && cpu.X86.HasAVX512IFMA && cpu.X86.HasAVX512DQ
}

const limbMask = 1<<52 - 1

// limbs52 splits a value below 2^260 given as 4 little-endian words.
func limbs52(w [4]uint64) [5]uint64 {
	return [5]uint64{
		w[0] & limbMask,
		(w[0]>>52 | w[1]<<12) & limbMask,
		(w[1]>>40 | w[2]<<24) & limbMask,
		(w[2]>>28 | w[3]<<36) & limbMask,
		w[3] >> 16,
	}
}

// words64 joins normalized limbs of a value below 2^256.
func words64(l [5]uint64) [4]uint64 {
	return [4]uint64{
		l[0] | l[1]<<52,
		l[1]>>12 | l[2]<<40,
		l[2]>>24 | l[3]<<28,
		l[3]>>36 | l[4]<<16,
	}
}

func bigLimbs(v *big.Int) [5]uint64 {
	var w [4]uint64
	for i := range 4 {
		w[i] = new(big.Int).Rsh(v, uint(64*i)).Uint64()
	}
	return limbs52(w)
}

func broadcast(l [5]uint64) vec8 {
	var v vec8
	for k := range 5 {
		for j := range 8 {
			v[k][j] = l[k]
		}
	}
	return v
}

func (v *vec8) lane(j int) [5]uint64 {
	return [5]uint64{v[0][j], v[1][j], v[2][j], v[3][j], v[4][j]}
}

func (v *vec8) setLane(j int, l [5]uint64) {
	for k := range 5 {
		v[k][j] = l[k]
	}
}

var ifmaKeysOnce = sync.OnceValue(func() *ifmaKeys {
	p := fr.Modulus()
	r := new(big.Int).Lsh(big.NewInt(1), 260)
	two52 := new(big.Int).Lsh(big.NewInt(1), 52)
	inv := new(big.Int).ModInverse(new(big.Int).Mod(p, two52), two52)
	inv.Sub(two52, inv)
	k := &ifmaKeys{c: ifmaConsts{p: bigLimbs(p), pinv: inv.Uint64(), mask: limbMask}}
	for q := range k.c.kq {
		v := new(big.Int).Lsh(big.NewInt(int64(q)), 253)
		k.c.kq[q] = v.Div(v, p).Uint64()
	}
	ours := func(e *fr.Element) vec8 {
		v := e.BigInt(new(big.Int))
		v.Mul(v, r).Mod(v, p)
		return broadcast(bigLimbs(v))
	}
	rk := keys()
	for i := range fullRounds / 2 {
		for j := range 2 {
			k.first[i][j] = ours(&rk.first[i][j])
			k.last[i][j] = ours(&rk.last[i][j])
		}
	}
	for i := range partialRounds {
		k.partial[i] = ours(&rk.partial[i])
	}
	mod := func(v *big.Int) vec8 { return broadcast(bigLimbs(v.Mod(v, p))) }
	k.fromGn = mod(new(big.Int).Lsh(big.NewInt(1), 264))
	k.toGn = mod(new(big.Int).Lsh(big.NewInt(1), 256))
	k.fromInt = mod(new(big.Int).Mul(r, r))
	z := zeroRoots()
	for d := range z {
		zv := ours(&z[d])
		k.zeroRoot[d] = zv.lane(0)
	}
	return k
})

// compress8 sets out = H(a, b) lane by lane; a and b below 2p, out below
// 2p. scratch holds four vectors.
func (k *ifmaKeys) compress8(out, a, b *vec8, scratch *[4]vec8) {
	x0, x1, tmp := &scratch[0], &scratch[1], &scratch[3]
	c := &k.c
	*x0, *x1 = *a, *b
	ext := func() { extmat8(x0, x1, c) }
	ext()
	for i := range fullRounds / 2 {
		add8(x0, x0, &k.first[i][0], c)
		add8(x1, x1, &k.first[i][1], c)
		sbox8(x0, tmp, c)
		sbox8(x1, tmp, c)
		ext()
	}
	for i := range partialRounds {
		reduce8(x1, c) // keeps x1 below 2p
		add8(x0, x0, &k.partial[i], c)
		sbox8(x0, tmp, c)
		intmat8(x0, x1, c)
	}
	reduce8(x1, c)
	for i := range fullRounds / 2 {
		add8(x0, x0, &k.last[i][0], c)
		add8(x1, x1, &k.last[i][1], c)
		sbox8(x0, tmp, c)
		sbox8(x1, tmp, c)
		ext()
	}
	add8(out, x1, b, c)
	reduce8(out, c)
}

// compress16 is compress8 on two independent groups of eight lanes,
// interleaved: each multiply's latency hides behind the other group's.
func (k *ifmaKeys) compress16(out, a, b *[2]vec8, scratch *[2][4]vec8) {
	c := &k.c
	for g := range 2 {
		scratch[g][0], scratch[g][1] = a[g], b[g]
	}
	x0a, x1a, sa, ta := &scratch[0][0], &scratch[0][1], &scratch[0][2], &scratch[0][3]
	x0b, x1b, sb, tb := &scratch[1][0], &scratch[1][1], &scratch[1][2], &scratch[1][3]
	ext := func(x0, x1, _ *vec8) { extmat8(x0, x1, c) }
	full := func(rk *[2]vec8) {
		add8(x0a, x0a, &rk[0], c)
		add8(x1a, x1a, &rk[1], c)
		add8(x0b, x0b, &rk[0], c)
		add8(x1b, x1b, &rk[1], c)
		sbox2x8(x0a, ta, x1a, sa, c)
		sbox2x8(x0b, tb, x1b, sb, c)
		ext(x0a, x1a, sa)
		ext(x0b, x1b, sb)
	}
	ext(x0a, x1a, sa)
	ext(x0b, x1b, sb)
	for i := range fullRounds / 2 {
		full(&k.first[i])
	}
	// The partial rounds in one call: per round and group, x1 reduced,
	// x0 += rc, x0^5, internal matrix (as compress8's loop).
	partial2x8(scratch, &k.partial, c)
	reduce8(x1a, c)
	reduce8(x1b, c)
	for i := range fullRounds / 2 {
		full(&k.last[i])
	}
	add8(&out[0], x1a, &b[0], c)
	add8(&out[1], x1b, &b[1], c)
	reduce8(&out[0], c)
	reduce8(&out[1], c)
}

// toElement converts one lane (below 2p, our form) to a gnark element.
func (k *ifmaKeys) toElements(v *vec8, dst []Element) {
	var t vec8
	montmul8(&t, v, &k.toGn, &k.c)
	p := fr.Modulus()
	pw := [4]uint64{p.Uint64(), new(big.Int).Rsh(p, 64).Uint64(), new(big.Int).Rsh(p, 128).Uint64(), new(big.Int).Rsh(p, 192).Uint64()}
	for j := range dst {
		w := words64(t.lane(j))
		if !lessThan(w, pw) {
			w = sub256(w, pw)
		}
		dst[j] = fr.Element(w)
	}
}

func lessThan(a, b [4]uint64) bool {
	for i := 3; i >= 0; i-- {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

func sub256(a, b [4]uint64) [4]uint64 {
	var r [4]uint64
	var borrow uint64
	for i := range 4 {
		d := a[i] - b[i] - borrow
		borrow = ((^a[i] & b[i]) | (^(a[i] ^ b[i]) & d)) >> 63
		r[i] = d
	}
	return r
}

// fromElements converts up to eight gnark elements into v.
func (k *ifmaKeys) fromElements(v *vec8, src []Element) {
	*v = vec8{}
	for j := range src {
		v.setLane(j, limbs52([4]uint64(src[j])))
	}
	montmul8(v, v, &k.fromGn, &k.c)
}

// lanes8 runs f over a flat list in groups of eight lanes.
func lanes8(n int, f func(lo, hi int)) {
	for lo := 0; lo < n; lo += 8 {
		f(lo, min(lo+8, n))
	}
}

// vcPackedMany computes H(VT(elems[i]), ns[i]) for every i on one
// goroutine, hashing the nodes of all vectors level by level eight at a
// time. Lengths must have been checked.
func (k *ifmaKeys) vcPackedMany(elems [][]Element, ns []uint32, out []Element) {
	type node = [5]uint64
	var scratch [4]vec8
	var scratch2 [2][4]vec8
	var va, vb, vo vec8
	var a2, b2, o2 [2]vec8
	// Level 0: every packed element in our form.
	cur := make([][]node, len(elems))
	var flat []Element
	for i := range elems {
		flat = append(flat, elems[i]...)
	}
	conv := make([]node, len(flat))
	lanes8(len(flat), func(lo, hi int) {
		k.fromElements(&va, flat[lo:hi])
		for j := lo; j < hi; j++ {
			conv[j] = va.lane(j - lo)
		}
	})
	off := 0
	depth := make([]int, len(elems))
	for i := range elems {
		cur[i] = conv[off : off+len(elems[i])]
		off += len(elems[i])
		depth[i] = vtDepth(len(elems[i]))
	}
	// Each level: gather the pairs of every vector still below its root.
	type pair struct{ l, r *node }
	var pairs []pair
	var dst []*node
	for level := 0; ; level++ {
		pairs, dst = pairs[:0], dst[:0]
		next := make([][]node, len(cur))
		for i := range cur {
			if level >= depth[i] {
				continue
			}
			c := cur[i]
			next[i] = make([]node, (len(c)+1)/2)
			for j := range next[i] {
				r := &k.zeroRoot[level]
				if 2*j+1 < len(c) {
					r = &c[2*j+1]
				}
				pairs = append(pairs, pair{&c[2*j], r})
				dst = append(dst, &next[i][j])
			}
		}
		if len(pairs) == 0 {
			break
		}
		// Sixteen lanes at a time (two interleaved groups), then eight.
		for lo := 0; lo < len(pairs); lo += 16 {
			hi := min(lo+16, len(pairs))
			a2, b2 = [2]vec8{}, [2]vec8{}
			for j := lo; j < hi; j++ {
				a2[(j-lo)/8].setLane((j-lo)%8, *pairs[j].l)
				b2[(j-lo)/8].setLane((j-lo)%8, *pairs[j].r)
			}
			if hi-lo > 8 {
				k.compress16(&o2, &a2, &b2, &scratch2)
			} else {
				k.compress8(&o2[0], &a2[0], &b2[0], &scratch)
			}
			for j := lo; j < hi; j++ {
				*dst[j] = o2[(j-lo)/8].lane((j - lo) % 8)
			}
		}
		for i := range cur {
			if next[i] != nil {
				cur[i] = next[i]
			}
		}
	}
	// Length binding: H(root, n), n taken to our form as a plain integer.
	lanes8(len(cur), func(lo, hi int) {
		va, vb = vec8{}, vec8{}
		for i := lo; i < hi; i++ {
			va.setLane(i-lo, cur[i][0])
			vb.setLane(i-lo, node{uint64(ns[i])})
		}
		montmul8(&vb, &vb, &k.fromInt, &k.c)
		k.compress8(&vo, &va, &vb, &scratch)
		k.toElements(&vo, out[lo:hi])
	})
}

// vcPackedFast computes many VCs with the eight-lane kernel when the CPU
// has it; ok is false otherwise.
func vcPackedFast(elems [][]Element, ns []uint32, out []Element) (ok bool) {
	if !hasIFMA() {
		return false
	}
	k := ifmaKeysOnce()
	// Chunks of 16 vectors per task keep lanes full and cores busy.
	const chunk = 16
	tasks := (len(elems) + chunk - 1) / chunk
	parallelFor(tasks, func(t int) {
		lo, hi := t*chunk, min((t+1)*chunk, len(elems))
		k.vcPackedMany(elems[lo:hi], ns[lo:hi], out[lo:hi])
	})
	return true
}

// treeRootFast is treeRoot with the IFMA compression, for wide trees (the
// trace tree of a big job, a layer's weight rows). ok is false without
// IFMA.
func treeRootFast(leaves []Element, depth, workers int) (root Element, ok bool) {
	if !hasIFMA() {
		return Element{}, false
	}
	k := ifmaKeysOnce()
	type node = [5]uint64
	cur := make([]node, len(leaves))
	const chunk = 1024 // nodes per task: a multiple of 16
	tasks := func(n int) int { return (n + chunk - 1) / chunk }
	run := func(n int, f func(lo, hi int)) {
		if workers <= 1 || n <= chunk {
			for lo := 0; lo < n; lo += chunk {
				f(lo, min(lo+chunk, n))
			}
			return
		}
		parallelFor(tasks(n), func(t int) { f(t*chunk, min((t+1)*chunk, n)) })
	}
	run(len(leaves), func(lo, hi int) {
		var v vec8
		lanes8(hi-lo, func(a, b int) {
			k.fromElements(&v, leaves[lo+a:lo+b])
			for j := a; j < b; j++ {
				cur[lo+j] = v.lane(j - a)
			}
		})
	})
	for level := 0; level < depth; level++ {
		next := make([]node, (len(cur)+1)/2)
		src := cur
		run(len(next), func(lo, hi int) {
			var a2, b2, o2 [2]vec8
			var s16 [2][4]vec8
			var s8 [4]vec8
			for p := lo; p < hi; p += 16 {
				q := min(p+16, hi)
				a2, b2 = [2]vec8{}, [2]vec8{}
				for j := p; j < q; j++ {
					r := &k.zeroRoot[level]
					if 2*j+1 < len(src) {
						r = &src[2*j+1]
					}
					a2[(j-p)/8].setLane((j-p)%8, src[2*j])
					b2[(j-p)/8].setLane((j-p)%8, *r)
				}
				if q-p > 8 {
					k.compress16(&o2, &a2, &b2, &s16)
				} else {
					k.compress8(&o2[0], &a2[0], &b2[0], &s8)
				}
				for j := p; j < q; j++ {
					next[j] = o2[(j-p)/8].lane((j - p) % 8)
				}
			}
		})
		cur = next
	}
	var v vec8
	v.setLane(0, cur[0])
	out := make([]Element, 1)
	k.toElements(&v, out)
	return out[0], true
}

// hBatchFast computes out[i] = H(a[i], b[i]) sixteen at a time; ok is
// false without IFMA.
func hBatchFast(out, a, b []Element) bool {
	if !hasIFMA() {
		return false
	}
	k := ifmaKeysOnce()
	const chunk = 512 // a multiple of 16
	tasks := (len(out) + chunk - 1) / chunk
	parallelFor(tasks, func(t int) {
		lo, hi := t*chunk, min((t+1)*chunk, len(out))
		var va, vb, vo [2]vec8
		var s16 [2][4]vec8
		var s8 [4]vec8
		for p := lo; p < hi; p += 16 {
			q := min(p+16, hi)
			for g := range 2 {
				glo, ghi := min(p+8*g, q), min(p+8*g+8, q)
				k.fromElements(&va[g], a[glo:ghi])
				k.fromElements(&vb[g], b[glo:ghi])
			}
			if q-p > 8 {
				k.compress16(&vo, &va, &vb, &s16)
			} else {
				k.compress8(&vo[0], &va[0], &vb[0], &s8)
			}
			for g := range 2 {
				glo, ghi := min(p+8*g, q), min(p+8*g+8, q)
				if ghi > glo {
					k.toElements(&vo[g], out[glo:ghi])
				}
			}
		}
	})
	return true
}
