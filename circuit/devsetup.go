// Portions of this file are adapted from gnark v0.16.0
// backend/groth16/bn254/setup.go, Copyright 2020-2026 Consensys Software
// Inc., licensed under the Apache License, Version 2.0.

package circuit

import (
	"errors"
	"fmt"
	"math/big"
	"math/bits"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/fft"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
)

// Why this file exists: gnark's groth16.Setup samples its toxic waste from
// crypto/rand with no way to seed it, and gnark's MPC setup (which can be
// sealed by a public beacon, hence deterministic) took 3.6 minutes for the
// 31k-constraint class 1 on the 2-core machine (serial scalar
// multiplications) — far too slow for class 3 and for CI. So this is
// gnark's single-party Setup with the toxic waste derived from a public
// seed: the same keys everywhere, in seconds, and insecure by construction.
// It supports circuits without Pedersen commitments only (ours have none).
// Keys for value come from the multi-party ceremony (circuit/ceremony,
// `gpuroll ceremony`, docs/ceremony.md), in which one honest participant
// suffices.

type toxicWaste struct {
	t, alpha, beta, gamma, delta fr.Element
	gammaInv, deltaInv           fr.Element
}

// seededToxicWaste derives the five secrets from the seed with
// hash-to-field (RFC 9380 expand_message_xmd), rejecting zero.
func seededToxicWaste(seed []byte) (toxicWaste, error) {
	var tw toxicWaste
	for ctr := byte(0); ; ctr++ {
		es, err := fr.Hash(append(append([]byte(nil), seed...), ctr), []byte("gpuroll/dev-groth16-setup/v1"), 5)
		if err != nil {
			return tw, fmt.Errorf("derive toxic waste: %w", err)
		}
		ok := true
		for i := range es {
			ok = ok && !es[i].IsZero()
		}
		if ok {
			tw.t, tw.alpha, tw.beta, tw.gamma, tw.delta = es[0], es[1], es[2], es[3], es[4]
			break
		}
		if ctr == 255 {
			return tw, errors.New("derive toxic waste: no non-zero draw")
		}
	}
	tw.gammaInv.Inverse(&tw.gamma)
	tw.deltaInv.Inverse(&tw.delta)
	return tw, nil
}

// seededSetup is gnark's groth16 bn254 Setup with seeded toxic waste.
func seededSetup(r1cs *cs.R1CS, seed []byte) (*groth16bn254.ProvingKey, *groth16bn254.VerifyingKey, error) {
	commitmentInfo, ok := r1cs.CommitmentInfo.(constraint.Groth16Commitments)
	if !ok || len(commitmentInfo) != 0 {
		return nil, nil, errors.New("dev setup: circuits with commitments are not supported")
	}
	pk := new(groth16bn254.ProvingKey)
	vk := new(groth16bn254.VerifyingKey)

	nbWires := r1cs.NbInternalVariables + r1cs.GetNbPublicVariables() + r1cs.GetNbSecretVariables()
	nbPublicWires := r1cs.GetNbPublicVariables()
	nbPrivateWires := r1cs.GetNbSecretVariables() + r1cs.NbInternalVariables

	domain := fft.NewDomain(uint64(r1cs.GetNbConstraints()))
	tw, err := seededToxicWaste(seed)
	if err != nil {
		return nil, nil, err
	}
	A, B, C := setupABC(r1cs, domain, tw)

	pkK := make([]fr.Element, nbPrivateWires)
	vkK := make([]fr.Element, nbPublicWires)
	var t0, t1 fr.Element
	for i := range A {
		t1.Mul(&A[i], &tw.beta)
		t0.Mul(&B[i], &tw.alpha)
		t1.Add(&t1, &t0).Add(&t1, &C[i])
		if i < nbPublicWires {
			vkK[i].Mul(&t1, &tw.gammaInv)
		} else {
			pkK[i-nbPublicWires].Mul(&t1, &tw.deltaInv)
		}
	}

	Z := make([]fr.Element, domain.Cardinality)
	one := fr.One()
	var zdt fr.Element
	zdt.Exp(tw.t, new(big.Int).SetUint64(domain.Cardinality)).Sub(&zdt, &one).Mul(&zdt, &tw.deltaInv)
	for i := range Z {
		Z[i] = zdt
		zdt.Mul(&zdt, &tw.t)
	}

	pk.InfinityA = make([]bool, len(A))
	pk.InfinityB = make([]bool, len(B))
	n := 0
	for i, e := range A {
		if e.IsZero() {
			pk.InfinityA[i] = true
			continue
		}
		A[n] = A[i]
		n++
	}
	A = A[:n]
	pk.NbInfinityA = uint64(nbWires - n)
	n = 0
	for i, e := range B {
		if e.IsZero() {
			pk.InfinityB[i] = true
			continue
		}
		B[n] = B[i]
		n++
	}
	B = B[:n]
	pk.NbInfinityB = uint64(nbWires - n)

	_, _, g1Gen, g2Gen := curve.Generators()
	g1Scalars := make([]fr.Element, 0, len(A)+len(B)+len(Z)+len(vkK)+len(pkK)+3)
	g1Scalars = append(g1Scalars, tw.alpha, tw.beta, tw.delta)
	g1Scalars = append(g1Scalars, A...)
	g1Scalars = append(g1Scalars, B...)
	g1Scalars = append(g1Scalars, Z...)
	g1Scalars = append(g1Scalars, vkK...)
	g1Scalars = append(g1Scalars, pkK...)
	g1 := curve.BatchScalarMultiplicationG1(&g1Gen, g1Scalars)

	pk.G1.Alpha, pk.G1.Beta, pk.G1.Delta = g1[0], g1[1], g1[2]
	off := 3
	pk.G1.A = g1[off : off+len(A)]
	off += len(A)
	pk.G1.B = g1[off : off+len(B)]
	off += len(B)
	bitReverse(g1[off : off+int(domain.Cardinality)])
	pk.G1.Z = g1[off : off+int(domain.Cardinality)-1] // deg(H) = n − 2
	off += int(domain.Cardinality)
	vk.G1.K = g1[off : off+nbPublicWires]
	off += nbPublicWires
	pk.G1.K = g1[off : off+nbPrivateWires]
	off += nbPrivateWires
	if off != len(g1) {
		return nil, nil, errors.New("dev setup: G1 points not all consumed")
	}
	vk.PublicAndCommitmentCommitted = [][]int{}

	g2Scalars := append(B, tw.beta, tw.delta, tw.gamma)
	g2 := curve.BatchScalarMultiplicationG2(&g2Gen, g2Scalars)
	pk.G2.B = g2[:len(B)]
	pk.G2.Beta = g2[len(B)]
	pk.G2.Delta = g2[len(B)+1]
	vk.G2.Delta = g2[len(B)+1]
	vk.G2.Gamma = g2[len(B)+2]
	vk.G1.Alpha = pk.G1.Alpha
	vk.G2.Beta = pk.G2.Beta
	vk.G1.Beta = pk.G1.Beta
	vk.G1.Delta = pk.G1.Delta
	if err := vk.Precompute(); err != nil {
		return nil, nil, fmt.Errorf("dev setup: %w", err)
	}
	pk.Domain = *domain
	return pk, vk, nil
}

func setupABC(r1cs *cs.R1CS, domain *fft.Domain, tw toxicWaste) (A, B, C []fr.Element) {
	nbWires := r1cs.NbInternalVariables + r1cs.GetNbPublicVariables() + r1cs.GetNbSecretVariables()
	A = make([]fr.Element, nbWires)
	B = make([]fr.Element, nbWires)
	C = make([]fr.Element, nbWires)
	one := fr.One()

	// [t − ωⁱ] and their inverses.
	w := domain.Generator
	wi := fr.One()
	t := make([]fr.Element, r1cs.GetNbConstraints()+1)
	for i := range t {
		t[i].Sub(&tw.t, &wi)
		wi.Mul(&wi, &w)
	}
	tInv := fr.BatchInvert(t)

	// L₀ = 1/n·(tⁿ − 1)/(t − 1), Lᵢ₊₁ = ω·Lᵢ·(t − ωⁱ)/(t − ωⁱ⁺¹).
	var L fr.Element
	L.Exp(tw.t, new(big.Int).SetUint64(domain.Cardinality)).Sub(&L, &one)
	L.Mul(&L, &tInv[0]).Mul(&L, &domain.CardinalityInv)

	accumulate := func(res *fr.Element, term constraint.Term, value *fr.Element) {
		switch cID := term.CoeffID(); cID {
		case constraint.CoeffIdZero:
		case constraint.CoeffIdOne:
			res.Add(res, value)
		case constraint.CoeffIdMinusOne:
			res.Sub(res, value)
		case constraint.CoeffIdTwo:
			var b fr.Element
			b.Double(value)
			res.Add(res, &b)
		default:
			var b fr.Element
			b.Mul(&r1cs.Coefficients[cID], value)
			res.Add(res, &b)
		}
	}
	j := 0
	it := r1cs.GetR1CIterator()
	for c := it.Next(); c != nil; c = it.Next() {
		for _, term := range c.L {
			accumulate(&A[term.WireID()], term, &L)
		}
		for _, term := range c.R {
			accumulate(&B[term.WireID()], term, &L)
		}
		for _, term := range c.O {
			accumulate(&C[term.WireID()], term, &L)
		}
		L.Mul(&L, &w)
		L.Mul(&L, &t[j])
		L.Mul(&L, &tInv[j+1])
		j++
	}
	return A, B, C
}

func bitReverse(a []curve.G1Affine) {
	n := uint(len(a))
	nn := uint(bits.UintSize - bits.TrailingZeros(n))
	for i := uint(0); i < n; i++ {
		irev := bits.Reverse(i) >> nn
		if irev > i {
			a[i], a[irev] = a[irev], a[i]
		}
	}
}
