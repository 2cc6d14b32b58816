// Package circuit is the fraud proof of gpuroll: one gnark Groth16 circuit
// per step class proving that one value of a provider's trace is false
// (docs/fraud-proof.md), its keys, its Solidity verifiers, and the prover
// that challengers run.
package circuit

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/math/bits"
	"github.com/consensys/gnark/std/permutation/poseidon2"
	"github.com/consensys/gnark/std/selector"
)

// Class is a step class: a bound on the input width of the proven layer.
type Class struct {
	ID    uint8
	MaxIn int
}

// Classes are the step classes of docs/l1-interface.md, smallest first.
func Classes() []Class {
	return []Class{{ID: 1, MaxIn: 256}, {ID: 2, MaxIn: 1024}, {ID: 3, MaxIn: 4096}}
}

// ClassByID returns the class with that id.
func ClassByID(id uint8) (Class, error) {
	for _, c := range Classes() {
		if c.ID == id {
			return c, nil
		}
	}
	return Class{}, fmt.Errorf("unknown step class %d", id)
}

// ClassFor returns the smallest class that holds an input width.
func ClassFor(in int) (Class, error) {
	for _, c := range Classes() {
		if in <= c.MaxIn {
			return c, nil
		}
	}
	return Class{}, fmt.Errorf("input width %d is wider than every step class", in)
}

// elems is the number of packed elements of a class-wide vector.
func (c Class) elems() int { return (c.MaxIn + 30) / 31 }

// depth is the VT depth of a class-wide vector.
func (c Class) depth() int { return VTDepth(c.elems()) }

// StepCircuit is the statement of docs/fraud-proof.md for one class. The
// four public inputs are derived by Disputes; everything else is opened
// against them inside the circuit.
type StepCircuit struct {
	ModelRoot frontend.Variable `gnark:",public"`
	InputRoot frontend.Variable `gnark:",public"`
	TraceRoot frontend.Variable `gnark:",public"`
	// Packed is challenger | r<<160 | (l−1)<<184 | o<<192 | (L−1)<<208 | (R−1)<<216.
	Packed frontend.Variable `gnark:",public"`

	// Layer l, opened against ModelRoot at l−1.
	Header         frontend.Variable
	BiasCommitment frontend.Variable
	WeightRowsRoot frontend.Variable
	ModelPath      [modelDepth]frontend.Variable

	// Bias element ⌊o/7⌋ and its FT_12 path (only checked when o < out).
	BiasElem frontend.Variable
	BiasPath [biasDepth]frontend.Variable
	BiasJ    frontend.Variable // ⌊o/7⌋
	BiasK    frontend.Variable // o mod 7

	// Weight row o: packed elements and its FT_14 path (only checked when o < out).
	WeightElems []frontend.Variable
	WeightPath  [weightsDepth]frontend.Variable

	// The input vector: packed elements, opened against InputRoot (l = 1,
	// FT_16 at r) or TraceRoot (l > 1, FT_24 at r·L + l − 2).
	InputElems []frontend.Variable
	InputPath  [traceDepth]frontend.Variable

	// Active[i] = 1 iff i < in: the unary form of the header's input width.
	Active []frontend.Variable

	// Requantization: acc + round = Quot·2^shift + Rem, 0 ≤ Rem < 2^shift.
	Quot frontend.Variable
	Rem  frontend.Variable

	// The provider's leaf (r, l) = H(OutRoot, OutLen) at FT_24 index r·L + l − 1,
	// and its element ⌊o/31⌋ with the VT path (checked only when OutLen = out).
	OutRoot   frontend.Variable
	OutLen    frontend.Variable
	OutElem   frontend.Variable
	OutVTPath [outVTDepth]frontend.Variable
	OutPath   [traceDepth]frontend.Variable
	OutJ      frontend.Variable // ⌊o/31⌋
	OutK      frontend.Variable // o mod 31
}

// NewStepCircuit returns the circuit shape of a class (for compiling).
func NewStepCircuit(c Class) *StepCircuit {
	k := c.elems()
	return &StepCircuit{
		WeightElems: make([]frontend.Variable, k),
		InputElems:  make([]frontend.Variable, k),
		Active:      make([]frontend.Variable, c.MaxIn),
	}
}

// maxIn is the class bound, read from the circuit shape.
func (s *StepCircuit) maxIn() int { return len(s.Active) }

type gadgets struct {
	api  frontend.API
	perm *poseidon2.Permutation
}

func (g gadgets) h(a, b frontend.Variable) frontend.Variable { return g.perm.Compress(a, b) }

// bits decomposes v into n boolean variables; for n < 254 this also proves v < 2^n.
func (g gadgets) bits(v frontend.Variable, n int) []frontend.Variable {
	return bits.ToBinary(g.api, v, bits.WithNbDigits(n))
}

func (g gadgets) from(b []frontend.Variable) frontend.Variable {
	return bits.FromBinary(g.api, b)
}

// geq is 1 iff a ≥ b, for |a − b| < 2^n.
func (g gadgets) geq(a, b frontend.Variable, n int) frontend.Variable {
	d := g.api.Add(g.api.Sub(a, b), new(big.Int).Lsh(big.NewInt(1), uint(n)))
	return g.bits(d, n+1)[n]
}

// step hashes one Merkle level: bit = 1 means node is the right child.
func (g gadgets) step(node, sib, bit frontend.Variable) frontend.Variable {
	left := g.api.Add(node, g.api.Mul(bit, g.api.Sub(sib, node)))
	right := g.api.Sub(g.api.Add(node, sib), left)
	return g.h(left, right)
}

// path returns the nodes from the leaf (level 0) up to level len(sibs).
func (g gadgets) path(leaf frontend.Variable, sibs []frontend.Variable, posBits []frontend.Variable) []frontend.Variable {
	nodes := make([]frontend.Variable, len(sibs)+1)
	nodes[0] = leaf
	for i := range sibs {
		nodes[i+1] = g.step(nodes[i], sibs[i], posBits[i])
	}
	return nodes
}

// thermo selects nodes[Σ c] for a monotone 0/1 vector c (c[k] ≥ c[k+1]).
func (g gadgets) thermo(nodes []frontend.Variable, c []frontend.Variable) frontend.Variable {
	out := nodes[0]
	for k := range c {
		out = g.api.Add(out, g.api.Mul(c[k], g.api.Sub(nodes[k+1], nodes[k])))
	}
	return out
}

// unpack8 proves that elems are canonical packings of int8 values, zero at
// every position where active is 0, and returns the values.
func (g gadgets) unpack8(elems, active []frontend.Variable) []frontend.Variable {
	api := g.api
	vals := make([]frontend.Variable, len(active))
	for e, el := range elems {
		b := g.bits(el, 248) // < 2^248: canonical
		for j := 0; j < 31; j++ {
			i := 31*e + j
			byt := g.from(b[8*j : 8*j+8])
			if i >= len(active) {
				api.AssertIsEqual(byt, 0)
				continue
			}
			// A padding position holds the zero byte.
			api.AssertIsEqual(api.Mul(byt, api.Sub(1, active[i])), 0)
			vals[i] = api.Sub(byt, api.Mul(b[8*j+7], 256))
		}
	}
	return vals
}

// vtRoot is the VT root of elems (class-sized, zero beyond) at the depth
// chosen by c (c[k] = 1 iff the vector has more than 2^k elements).
func (g gadgets) vtRoot(elems []frontend.Variable, depth int, c []frontend.Variable) frontend.Variable {
	level := append([]frontend.Variable(nil), elems...)
	for len(level) < 1<<depth {
		level = append(level, 0) // constants: their hashes fold away at compile time
	}
	left := []frontend.Variable{level[0]}
	for t := 0; t < depth; t++ {
		next := make([]frontend.Variable, len(level)/2)
		for i := range next {
			next[i] = g.h(level[2*i], level[2*i+1])
		}
		level = next
		left = append(left, level[0])
	}
	return g.thermo(left, c)
}

// Define is the statement.
func (s *StepCircuit) Define(api frontend.API) error {
	perm, err := poseidon2.NewPoseidon2(api)
	if err != nil {
		return fmt.Errorf("poseidon2: %w", err)
	}
	g := gadgets{api: api, perm: perm}
	maxIn := s.maxIn()
	if len(s.InputElems) != (maxIn+30)/31 || len(s.WeightElems) != len(s.InputElems) {
		return fmt.Errorf("circuit shape: %d input, %d weight elements for width %d", len(s.InputElems), len(s.WeightElems), maxIn)
	}
	classDepth := VTDepth(len(s.InputElems))

	// Public step fields. The decomposition binds the challenger's address
	// (bits 0..159) along with everything else.
	pb := g.bits(s.Packed, 240)
	r := g.from(pb[160:184])
	rBits := pb[160:184]
	lm1Bits := pb[184:192]
	lm1 := g.from(lm1Bits)
	o := g.from(pb[192:208])
	oBits := pb[192:208]
	nL := api.Add(g.from(pb[208:216]), 1)
	nR := api.Add(g.from(pb[216:240]), 1)
	isFirst := api.IsZero(lm1)

	// Header: in (32 bits), out (32), shift (8, ≤ 31), relu (1).
	hb := g.bits(s.Header, 73)
	in := g.from(hb[0:32])
	out := g.from(hb[32:64])
	for _, b := range hb[69:72] {
		api.AssertIsEqual(b, 0)
	}
	shiftBits := hb[64:69]
	relu := hb[72]
	api.AssertIsEqual(g.geq(out, 1, 33), 1)
	api.AssertIsEqual(g.geq(MaxWidth, out, 33), 1)

	// in in unary: Active is 1…10…0 with Σ = in, so 1 ≤ in ≤ maxIn.
	api.AssertIsEqual(s.Active[0], 1)
	sum := frontend.Variable(0)
	for i, a := range s.Active {
		api.AssertIsBoolean(a)
		if i > 0 {
			api.AssertIsEqual(api.Mul(a, api.Sub(1, s.Active[i-1])), 0)
		}
		sum = api.Add(sum, a)
	}
	api.AssertIsEqual(sum, in)

	// o = 31·OutJ + OutK, OutK ≤ 30, and o < 31·⌈out/31⌉ (a position of the leaf).
	outJBits := g.bits(s.OutJ, 12)
	outKBits := g.bits(s.OutK, 5)
	api.AssertIsEqual(g.geq(30, s.OutK, 6), 1)
	api.AssertIsEqual(api.Add(api.Mul(s.OutJ, 31), s.OutK), o)
	api.AssertIsEqual(g.geq(api.Sub(out, 1), api.Mul(s.OutJ, 31), 18), 1)
	// isReal = o < out; other positions are padding whose honest value is 0.
	isReal := api.Sub(1, g.geq(o, out, 18))

	// o = 7·BiasJ + BiasK, BiasK ≤ 6.
	biasJBits := g.bits(s.BiasJ, 14)
	biasKBits := g.bits(s.BiasK, 3)
	api.AssertIsEqual(g.geq(6, s.BiasK, 4), 1)
	api.AssertIsEqual(api.Add(api.Mul(s.BiasJ, 7), s.BiasK), o)

	// VT depth selectors: c[k] = [n > 31·2^k] ⇔ ⌈n/31⌉ > 2^k.
	inC := make([]frontend.Variable, classDepth)
	for k := range inC {
		inC[k] = g.geq(in, 31*(1<<k)+1, 15)
	}
	outC := make([]frontend.Variable, outVTDepth)
	for k := range outC {
		outC[k] = g.geq(out, 31*(1<<k)+1, 15)
	}

	// Layer commitment and model root.
	layerC := g.h(g.h(s.Header, s.BiasCommitment), s.WeightRowsRoot)
	mNodes := g.path(layerC, s.ModelPath[:], lm1Bits)
	api.AssertIsEqual(g.h(mNodes[modelDepth], nL), s.ModelRoot)

	// Weight row o against the weight-rows root (real positions only).
	w := g.unpack8(s.WeightElems, s.Active)
	wLeaf := g.h(g.vtRoot(s.WeightElems, classDepth, inC), in)
	wNodes := g.path(wLeaf, s.WeightPath[:], oBits[:weightsDepth])
	api.AssertIsEqual(api.Mul(isReal, api.Sub(g.h(wNodes[weightsDepth], out), s.WeightRowsRoot)), 0)

	// Bias o: word BiasK of element BiasJ, as int32 (real positions only).
	bb := g.bits(s.BiasElem, 224)
	words := make([]frontend.Variable, 8)
	signs := make([]frontend.Variable, 8)
	for k := 0; k < 8; k++ {
		if k == 7 {
			words[k], signs[k] = 0, 0
			continue
		}
		words[k] = g.from(bb[32*k : 32*k+32])
		signs[k] = bb[32*k+31]
	}
	bias := api.Sub(selector.BinaryMux(api, biasKBits, words), api.Mul(selector.BinaryMux(api, biasKBits, signs), new(big.Int).Lsh(big.NewInt(1), 32)))
	bNodes := g.path(s.BiasElem, s.BiasPath[:], biasJBits[:biasDepth])
	api.AssertIsEqual(api.Mul(isReal, api.Sub(g.h(bNodes[biasDepth], out), s.BiasCommitment)), 0)

	// The input vector: the buyer's row r (l = 1) or the leaf (r, l−1).
	x := g.unpack8(s.InputElems, s.Active)
	xLeaf := g.h(g.vtRoot(s.InputElems, classDepth, inC), in)
	idx := api.Add(api.Mul(r, nL), lm1) // leaf (r, l) of the trace
	idxBits := g.bits(idx, traceDepth)
	inIdxBits := g.bits(api.Add(api.Sub(idx, 1), isFirst), traceDepth)
	// Row r of the input root must fit its 16 levels.
	api.AssertIsEqual(api.Mul(isFirst, g.from(rBits[inputDepth:])), 0)
	posBits := make([]frontend.Variable, traceDepth)
	for i := range posBits {
		posBits[i] = api.Select(isFirst, rBits[i], inIdxBits[i])
	}
	xNodes := g.path(xLeaf, s.InputPath[:], posBits)
	xTop := api.Select(isFirst, xNodes[inputDepth], xNodes[traceDepth])
	xCount := api.Select(isFirst, nR, api.Mul(nR, nL))
	xRoot := api.Select(isFirst, s.InputRoot, s.TraceRoot)
	api.AssertIsEqual(g.h(xTop, xCount), xRoot)

	// The honest output: acc = W·x + b, requantized.
	acc := bias
	for i := 0; i < maxIn; i++ {
		acc = api.Add(acc, api.Mul(w[i], x[i]))
	}
	// pow = 2^shift; round = shift > 0 ? 2^(shift−1) : 0 = (pow − [shift = 0]) / 2.
	pow := frontend.Variable(1)
	shiftZero := frontend.Variable(1)
	for j, b := range shiftBits {
		pow = api.Mul(pow, api.Add(1, api.Mul(b, (1<<(1<<j))-1)))
		shiftZero = api.Mul(shiftZero, api.Sub(1, b))
	}
	round := api.Div(api.Sub(pow, shiftZero), 2)
	// |acc + round| < 2^33 for every input (4096·2^14 + 2^32 + 2^30), so with
	// Quot ∈ [−2^34, 2^34) and 0 ≤ Rem < pow the equation holds over the
	// integers and has exactly one solution: floor division.
	g.bits(s.Rem, 31)
	g.bits(api.Sub(api.Sub(pow, 1), s.Rem), 32)
	qBits := g.bits(api.Add(s.Quot, new(big.Int).Lsh(big.NewInt(1), 34)), 35)
	api.AssertIsEqual(api.Add(api.Mul(s.Quot, pow), s.Rem), api.Add(acc, round))
	neg := api.Sub(1, qBits[34])
	t := api.Sub(s.Quot, api.Mul(s.Quot, api.Mul(relu, neg)))
	lo := api.Sub(1, g.geq(t, -128, 36))
	hi := g.geq(t, 128, 36)
	y := api.Add(t, api.Add(api.Mul(lo, api.Sub(-128, t)), api.Mul(hi, api.Sub(127, t))))
	expected := api.Mul(isReal, y)

	// The provider's leaf (r, l) against the trace root.
	oLeaf := g.h(s.OutRoot, s.OutLen)
	oNodes := g.path(oLeaf, s.OutPath[:], idxBits)
	api.AssertIsEqual(g.h(oNodes[traceDepth], api.Mul(nR, nL)), s.TraceRoot)
	lenSame := api.IsZero(api.Sub(s.OutLen, out))
	// Its element ⌊o/31⌋, in the VT of depth d(out) (when the length is right).
	eNodes := g.path(s.OutElem, s.OutVTPath[:], outJBits[:outVTDepth])
	api.AssertIsEqual(api.Mul(lenSame, api.Sub(g.thermo(eNodes, outC), s.OutRoot)), 0)
	eb := g.bits(s.OutElem, 254) // full width: unique (< p) decomposition
	canonical := frontend.Variable(1)
	for _, b := range eb[248:] {
		canonical = api.Mul(canonical, api.Sub(1, b))
	}
	bytesOut := make([]frontend.Variable, 32)
	signsOut := make([]frontend.Variable, 32)
	for k := 0; k < 32; k++ {
		if k == 31 {
			bytesOut[k], signsOut[k] = 0, 0
			continue
		}
		bytesOut[k] = g.from(eb[8*k : 8*k+8])
		signsOut[k] = eb[8*k+7]
	}
	claimed := api.Sub(selector.BinaryMux(api, outKBits, bytesOut), api.Mul(selector.BinaryMux(api, outKBits, signsOut), 256))
	valueSame := api.IsZero(api.Sub(claimed, expected))

	// The leaf is false iff its length, the element's form or the value is wrong.
	honest := api.Mul(lenSame, api.Mul(canonical, valueSame))
	api.AssertIsEqual(honest, 0)
	return nil
}
