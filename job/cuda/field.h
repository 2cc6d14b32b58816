// BN254 scalar-field arithmetic and the Poseidon2 compression H of
// docs/hashing.md for the CUDA worker, usable on the host too (so that it
// can be checked without a GPU). Elements are four little-endian 64-bit
// words in gnark-crypto's Montgomery form (R = 2^256), below p.
#pragma once
#include <stdint.h>
#include "poseidon2_constants.h"

#ifdef __CUDACC__
#define GR_HD __host__ __device__ __forceinline__
// Fully unrolled loops keep the limb arrays in registers, not local memory.
#define GR_UNROLL _Pragma("unroll")
#else
#define GR_HD inline
#define GR_UNROLL
#endif

typedef unsigned __int128 gr_u128;

struct fe {
	uint64_t w[4];
};

#ifdef __CUDACC__
__constant__ uint64_t d_P[4];
__constant__ uint64_t d_RK_FIRST[GR_FULL_ROUNDS / 2][2][4];
__constant__ uint64_t d_RK_PARTIAL[GR_PARTIAL_ROUNDS][4];
__constant__ uint64_t d_RK_LAST[GR_FULL_ROUNDS / 2][2][4];
__constant__ uint64_t d_ZERO_ROOTS[GR_MAX_DEPTH + 1][4];
__constant__ uint64_t d_R2[4];
#ifdef __CUDA_ARCH__
#define GR_C(name) d_##name
#else
#define GR_C(name) GR_##name
#endif
#else
#define GR_C(name) GR_##name
#endif

GR_HD fe fe_load(const uint64_t *w) {
	fe r;
	r.w[0] = w[0];
	r.w[1] = w[1];
	r.w[2] = w[2];
	r.w[3] = w[3];
	return r;
}

// geq_p: a ≥ p.
GR_HD bool fe_geq_p(const uint64_t a[4]) {
	const uint64_t *P = GR_C(P);
	GR_UNROLL
	for (int i = 3; i >= 0; i--) {
		if (a[i] != P[i]) return a[i] > P[i];
	}
	return true;
}

GR_HD void fe_sub_p(uint64_t a[4]) {
	const uint64_t *P = GR_C(P);
	uint64_t borrow = 0;
	GR_UNROLL
	for (int i = 0; i < 4; i++) {
		gr_u128 d = (gr_u128)a[i] - P[i] - borrow;
		a[i] = (uint64_t)d;
		borrow = (uint64_t)(d >> 64) & 1;
	}
}

GR_HD fe fe_add(fe a, const fe &b) {
	uint64_t carry = 0;
	GR_UNROLL
	for (int i = 0; i < 4; i++) {
		gr_u128 s = (gr_u128)a.w[i] + b.w[i] + carry;
		a.w[i] = (uint64_t)s;
		carry = (uint64_t)(s >> 64);
	}
	// p < 2^254, so a + b < 2^255: no carry out.
	if (fe_geq_p(a.w)) fe_sub_p(a.w);
	return a;
}

// fe_mul: Montgomery product a·b·2^-256 mod p over eight 32-bit limbs (a
// GPU multiplies 32×32→64 bits in one instruction). Separated operand
// scanning with deferred carries: the 64 limb products are independent
// (their low and high halves accumulate in 64-bit columns with headroom),
// and the word-by-word reduction only waits for one column per step, so a
// thread's dependency chain, which bounds the latency of a leaf's tree on
// a GPU, stays short.
GR_HD fe fe_mul(const fe &a, const fe &b) {
	const uint64_t *P64 = GR_C(P);
	uint32_t A[8], B[8], P[8];
	GR_UNROLL
	for (int i = 0; i < 4; i++) {
		A[2 * i] = (uint32_t)a.w[i];
		A[2 * i + 1] = (uint32_t)(a.w[i] >> 32);
		B[2 * i] = (uint32_t)b.w[i];
		B[2 * i + 1] = (uint32_t)(b.w[i] >> 32);
		P[2 * i] = (uint32_t)P64[i];
		P[2 * i + 1] = (uint32_t)(P64[i] >> 32);
	}
	// Column k collects the low halves of products at k and the high
	// halves of products at k−1: at most 32 terms below 2^32 each, with
	// carries, stays below 2^38.
	uint64_t t[17];
	GR_UNROLL
	for (int k = 0; k < 17; k++) t[k] = 0;
	GR_UNROLL
	for (int i = 0; i < 8; i++) {
		GR_UNROLL
		for (int j = 0; j < 8; j++) {
			uint64_t p = (uint64_t)A[i] * B[j];
			t[i + j] += (uint32_t)p;
			t[i + j + 1] += p >> 32;
		}
	}
	const uint32_t pinv = (uint32_t)GR_PINV; // -p^-1 mod 2^32
	GR_UNROLL
	for (int i = 0; i < 8; i++) {
		uint32_t m = (uint32_t)t[i] * pinv;
		GR_UNROLL
		for (int j = 0; j < 8; j++) {
			uint64_t p = (uint64_t)m * P[j];
			t[i + j] += (uint32_t)p;
			t[i + j + 1] += p >> 32;
		}
		// t[i] ≡ 0 mod 2^32 now: its high part carries on.
		t[i + 1] += t[i] >> 32;
	}
	uint32_t r32[8];
	GR_UNROLL
	for (int k = 8; k < 16; k++) {
		t[k + 1] += t[k] >> 32;
		r32[k - 8] = (uint32_t)t[k];
	}
	fe r;
	GR_UNROLL
	for (int i = 0; i < 4; i++) r.w[i] = (uint64_t)r32[2 * i] | (uint64_t)r32[2 * i + 1] << 32;
	if (t[16] != 0 || fe_geq_p(r.w)) fe_sub_p(r.w);
	return r;
}

GR_HD fe fe_sbox(const fe &x) {
	fe t = fe_mul(x, x);
	t = fe_mul(t, t);
	return fe_mul(x, t);
}

// fe_from_plain: a plain integer below p into Montgomery form.
GR_HD fe fe_from_plain(const fe &a) { return fe_mul(a, fe_load(GR_C(R2))); }

// fe_to_plain: Montgomery form back to the plain integer.
GR_HD fe fe_to_plain(const fe &a) {
	fe one = {{1, 0, 0, 0}};
	return fe_mul(a, one);
}

// gr_h is H(a, b) = P(a, b)[1] + b with gnark-crypto's default width-2
// Poseidon2 permutation P.
GR_HD fe gr_h(const fe &a, const fe &b) {
	fe x0 = a, x1 = b, s;
	s = fe_add(x0, x1);
	x0 = fe_add(x0, s);
	x1 = fe_add(x1, s);
	for (int i = 0; i < GR_FULL_ROUNDS / 2; i++) {
		x0 = fe_add(x0, fe_load(GR_C(RK_FIRST)[i][0]));
		x1 = fe_add(x1, fe_load(GR_C(RK_FIRST)[i][1]));
		x0 = fe_sbox(x0);
		x1 = fe_sbox(x1);
		s = fe_add(x0, x1);
		x0 = fe_add(x0, s);
		x1 = fe_add(x1, s);
	}
	for (int i = 0; i < GR_PARTIAL_ROUNDS; i++) {
		x0 = fe_add(x0, fe_load(GR_C(RK_PARTIAL)[i]));
		x0 = fe_sbox(x0);
		s = fe_add(x0, x1);
		x0 = fe_add(x0, s);
		x1 = fe_add(fe_add(x1, x1), s);
	}
	for (int i = 0; i < GR_FULL_ROUNDS / 2; i++) {
		x0 = fe_add(x0, fe_load(GR_C(RK_LAST)[i][0]));
		x1 = fe_add(x1, fe_load(GR_C(RK_LAST)[i][1]));
		x0 = fe_sbox(x0);
		x1 = fe_sbox(x1);
		s = fe_add(x0, x1);
		x0 = fe_add(x0, s);
		x1 = fe_add(x1, s);
	}
	return fe_add(x1, b);
}

// gr_pack8: element e of an int8 vector of n values, 31 bytes
// little-endian (docs/hashing.md), in Montgomery form.
GR_HD fe gr_pack8(const int8_t *v, int n, int e) {
	fe a = {{0, 0, 0, 0}};
	GR_UNROLL
	for (int j = 0; j < 31; j++) {
		int i = 31 * e + j;
		if (i >= n) break;
		a.w[j / 8] |= (uint64_t)(uint8_t)v[i] << (8 * (j % 8));
	}
	return fe_from_plain(a);
}

// gr_count: the plain integer n in Montgomery form.
GR_HD fe gr_count(uint64_t n) {
	fe a = {{n, 0, 0, 0}};
	return fe_from_plain(a);
}

// gr_be32: the canonical 32-byte big-endian encoding of a Montgomery element.
GR_HD void gr_be32(const fe &x, uint8_t out[32]) {
	fe p = fe_to_plain(x);
	GR_UNROLL
	for (int i = 0; i < 32; i++) out[31 - i] = (uint8_t)(p.w[i / 8] >> (8 * (i % 8)));
}
