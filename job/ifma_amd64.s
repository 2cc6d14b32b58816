//go:build amd64

#include "textflag.h"

// Eight BN254 field elements per vector, five 52-bit limbs each (limb k of
// the eight lanes is one zmm register, 64 bytes at offset 64k), Montgomery
// form with R = 2^260, kept lazily below a small multiple of p.
//
// Constant registers (LOADCONST): Z20..Z24 = limbs of p, Z25 = −p⁻¹ mod
// 2^52, Z26 = 2^52 − 1.

#define LOADCONST(c) \
	VPBROADCASTQ 0(c), Z20 \
	VPBROADCASTQ 8(c), Z21 \
	VPBROADCASTQ 16(c), Z22 \
	VPBROADCASTQ 24(c), Z23 \
	VPBROADCASTQ 32(c), Z24 \
	VPBROADCASTQ 40(c), Z25 \
	VPBROADCASTQ 48(c), Z26

// ITER is one step of the interleaved Montgomery product: T += a_i·b,
// m = T0·(−p⁻¹) mod 2^52, T += m·p, then T0 (now ≡ 0 mod 2^52) carries
// into T1 and is cleared to become the next window's top limb.
#define ITER(off, T0, T1, T2, T3, T4, T5) \
	VMOVDQU64   off(R9), Z15 \
	VPMADD52LUQ Z10, Z15, T0 \
	VPMADD52HUQ Z10, Z15, T1 \
	VPMADD52LUQ Z11, Z15, T1 \
	VPMADD52HUQ Z11, Z15, T2 \
	VPMADD52LUQ Z12, Z15, T2 \
	VPMADD52HUQ Z12, Z15, T3 \
	VPMADD52LUQ Z13, Z15, T3 \
	VPMADD52HUQ Z13, Z15, T4 \
	VPMADD52LUQ Z14, Z15, T4 \
	VPMADD52HUQ Z14, Z15, T5 \
	VPXORQ      Z16, Z16, Z16 \
	VPMADD52LUQ Z25, T0, Z16 \
	VPMADD52LUQ Z20, Z16, T0 \
	VPMADD52HUQ Z20, Z16, T1 \
	VPMADD52LUQ Z21, Z16, T1 \
	VPMADD52HUQ Z21, Z16, T2 \
	VPMADD52LUQ Z22, Z16, T2 \
	VPMADD52HUQ Z22, Z16, T3 \
	VPMADD52LUQ Z23, Z16, T3 \
	VPMADD52HUQ Z23, Z16, T4 \
	VPMADD52LUQ Z24, Z16, T4 \
	VPMADD52HUQ Z24, Z16, T5 \
	VPSRLQ      $52, T0, T0 \
	VPADDQ      T0, T1, T1 \
	VPXORQ      T0, T0, T0

// CARRY moves the bits of limb A above 52 into limb B.
#define CARRY(A, B) \
	VPSRLQ $52, A, Z16 \
	VPANDQ Z26, A, A \
	VPADDQ Z16, B, B

// MONTMUL stores a·b·2^−260 (normalized limbs) at (R8), with a at (R9) and
// b at (R10); R8 may equal R9 or R10 (every load precedes the stores).
#define MONTMUL \
	VMOVDQU64 0(R10), Z10 \
	VMOVDQU64 64(R10), Z11 \
	VMOVDQU64 128(R10), Z12 \
	VMOVDQU64 192(R10), Z13 \
	VMOVDQU64 256(R10), Z14 \
	VPXORQ    Z0, Z0, Z0 \
	VPXORQ    Z1, Z1, Z1 \
	VPXORQ    Z2, Z2, Z2 \
	VPXORQ    Z3, Z3, Z3 \
	VPXORQ    Z4, Z4, Z4 \
	VPXORQ    Z5, Z5, Z5 \
	ITER(0, Z0, Z1, Z2, Z3, Z4, Z5) \
	ITER(64, Z1, Z2, Z3, Z4, Z5, Z0) \
	ITER(128, Z2, Z3, Z4, Z5, Z0, Z1) \
	ITER(192, Z3, Z4, Z5, Z0, Z1, Z2) \
	ITER(256, Z4, Z5, Z0, Z1, Z2, Z3) \
	CARRY(Z5, Z0) \
	CARRY(Z0, Z1) \
	CARRY(Z1, Z2) \
	CARRY(Z2, Z3) \
	VMOVDQU64 Z5, 0(R8) \
	VMOVDQU64 Z0, 64(R8) \
	VMOVDQU64 Z1, 128(R8) \
	VMOVDQU64 Z2, 192(R8) \
	VMOVDQU64 Z3, 256(R8)

// func montmul8(z, a, b *vec8, c *ifmaConsts)
TEXT ·montmul8(SB), NOSPLIT, $0-32
	MOVQ z+0(FP), R8
	MOVQ a+8(FP), R9
	MOVQ b+16(FP), R10
	MOVQ c+24(FP), CX
	LOADCONST(CX)
	MONTMUL
	VZEROUPPER
	RET

// func sbox8(x, tmp *vec8, c *ifmaConsts): x = x^5.
TEXT ·sbox8(SB), NOSPLIT, $0-24
	MOVQ x+0(FP), R11
	MOVQ tmp+8(FP), R12
	MOVQ c+16(FP), CX
	LOADCONST(CX)
	MOVQ R12, R8
	MOVQ R11, R9
	MOVQ R11, R10
	MONTMUL
	MOVQ R12, R8
	MOVQ R12, R9
	MOVQ R12, R10
	MONTMUL
	MOVQ R11, R8
	MOVQ R11, R9
	MOVQ R12, R10
	MONTMUL
	VZEROUPPER
	RET

// func add8(z, a, b *vec8, c *ifmaConsts): z = a + b, limbs normalized.
TEXT ·add8(SB), NOSPLIT, $0-32
	MOVQ z+0(FP), R8
	MOVQ a+8(FP), R9
	MOVQ b+16(FP), R10
	MOVQ c+24(FP), CX
	VPBROADCASTQ 48(CX), Z26
	VMOVDQU64 0(R9), Z0
	VMOVDQU64 64(R9), Z1
	VMOVDQU64 128(R9), Z2
	VMOVDQU64 192(R9), Z3
	VMOVDQU64 256(R9), Z4
	VPADDQ    0(R10), Z0, Z0
	VPADDQ    64(R10), Z1, Z1
	VPADDQ    128(R10), Z2, Z2
	VPADDQ    192(R10), Z3, Z3
	VPADDQ    256(R10), Z4, Z4
	CARRY(Z0, Z1)
	CARRY(Z1, Z2)
	CARRY(Z2, Z3)
	CARRY(Z3, Z4)
	VMOVDQU64 Z0, 0(R8)
	VMOVDQU64 Z1, 64(R8)
	VMOVDQU64 Z2, 128(R8)
	VMOVDQU64 Z3, 192(R8)
	VMOVDQU64 Z4, 256(R8)
	VZEROUPPER
	RET
