// Host check of field.h against the Go implementation: prints H(1, 2), the
// VC of 0..99 (as int8) and the zero roots; the Go test
// TestCUDAFieldOnHost compiles and runs this with the system C++ compiler
// and compares.
#include <stdio.h>
#include "field.h"

static void print(const fe &x) {
	uint8_t b[32];
	gr_be32(x, b);
	printf("0x");
	for (int i = 0; i < 32; i++) printf("%02x", b[i]);
	printf("\n");
}

// vc: H(VT(pack8(v)), n) the straightforward way.
static fe vc(const int8_t *v, int n) {
	int m = (n + 30) / 31;
	fe nodes[600];
	for (int e = 0; e < m; e++) nodes[e] = gr_pack8(v, n, e);
	int depth = 0;
	while ((1 << depth) < m) depth++;
	int len = m;
	for (int level = 0; level < depth; level++) {
		int next = (len + 1) / 2;
		for (int j = 0; j < next; j++) {
			fe r = 2 * j + 1 < len ? nodes[2 * j + 1] : fe_load(GR_ZERO_ROOTS[level]);
			nodes[j] = gr_h(nodes[2 * j], r);
		}
		len = next;
	}
	return gr_h(nodes[0], gr_count(n));
}

int main() {
	print(gr_h(gr_count(1), gr_count(2)));
	int8_t v[100];
	for (int i = 0; i < 100; i++) v[i] = (int8_t)(i * 37 - 50);
	print(vc(v, 100));
	print(vc(v, 1));
	print(vc(v, 31));
	print(vc(v, 32));
	return 0;
}
