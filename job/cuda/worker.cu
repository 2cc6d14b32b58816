// gpuroll-cuda-worker: a job.External worker on an NVIDIA GPU. It speaks
// the worker protocol of docs/job-format.md on stdin/stdout: for each
// request it runs every Dense layer as an exact int8 GEMM with int32
// accumulation (__dp4a) and the requantization of docs/hashing.md, and
// hashes every trace leaf VC(y_{r,l}) with Poseidon2 on the GPU, so the
// provider's CPU does neither. Phase timings go to stderr.
//
// Build: nvcc -O3 -std=c++17 -arch=sm_90 -o gpuroll-cuda-worker job/cuda/worker.cu
// Check: GPUROLL_CONFORMANCE_WORKER=./gpuroll-cuda-worker go test ./job -run ConformanceExternalCommand
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <cuda_runtime.h>

#include "field.h"

static const uint64_t kMaxModelBytes = 1ULL << 31;
static const uint64_t kMaxInputBytes = (1ULL << 30) + 13;
static const uint32_t kMaxWidth = 16384;

struct Layer {
	uint32_t in, out;
	uint8_t shift, relu;
	std::vector<int8_t> w;
	std::vector<int32_t> bias;
};

struct Failure {
	std::string msg;
};

// A model the worker keeps between requests, its padded weights and
// biases resident on the GPU. Keyed by the SHA-256 of its encoding, which
// the (trusted) executor computes; the worker does not re-hash it.
struct CachedModel {
	uint8_t key[32];
	std::vector<Layer> layers; // headers only: weights live on the GPU
	std::vector<int8_t *> dW;
	std::vector<int32_t *> dB;
};

static void read_full(void *buf, size_t n) {
	size_t got = fread(buf, 1, n, stdin);
	if (got != n) throw Failure{"truncated request"};
}

static void write_full(const void *buf, size_t n) {
	if (fwrite(buf, 1, n, stdout) != n) {
		fprintf(stderr, "gpuroll-cuda-worker: write failed\n");
		exit(1);
	}
}

static void respond_status(uint8_t status, const std::string &msg) {
	std::string m = msg.substr(0, 4096);
	uint8_t hdr[6] = {'G', 'R', 'W', 'R', 1, status};
	uint32_t n = (uint32_t)m.size();
	write_full(hdr, 6);
	write_full(&n, 4); // little-endian host
	write_full(m.data(), m.size());
	fflush(stdout);
}

static void respond_error(const std::string &msg) { respond_status(1, msg); }

#define CHECK(call)                                                               \
	do {                                                                          \
		cudaError_t e_ = (call);                                                  \
		if (e_ != cudaSuccess) throw Failure{std::string(#call) + ": " + cudaGetErrorString(e_)}; \
	} while (0)

struct Reader {
	const std::vector<uint8_t> &b;
	size_t off = 0;
	const uint8_t *take(size_t n) {
		if (n > b.size() - off) throw Failure{"malformed: need more bytes"};
		const uint8_t *p = b.data() + off;
		off += n;
		return p;
	}
	uint8_t u8() { return *take(1); }
	uint16_t u16() { uint16_t v; memcpy(&v, take(2), 2); return v; }
	uint32_t u32() { uint32_t v; memcpy(&v, take(4), 4); return v; }
};

static std::vector<Layer> parse_model(const std::vector<uint8_t> &b) {
	Reader r{b};
	const uint8_t *m = r.take(4);
	if (memcmp(m, "GRMD", 4) != 0 || r.u8() != 1) throw Failure{"not a version-1 model"};
	uint16_t n = r.u16();
	if (n < 1 || n > 256) throw Failure{"layer count out of range"};
	std::vector<Layer> layers(n);
	for (int l = 0; l < n; l++) {
		Layer &L = layers[l];
		if (r.u8() != 1) throw Failure{"unknown layer kind"};
		L.in = r.u32();
		L.out = r.u32();
		L.shift = r.u8();
		L.relu = r.u8();
		if (L.in < 1 || L.in > kMaxWidth || L.out < 1 || L.out > kMaxWidth || L.shift > 31 || L.relu > 1)
			throw Failure{"layer header out of range"};
		if (l > 0 && L.in != layers[l - 1].out) throw Failure{"layer widths do not chain"};
		const uint8_t *w = r.take((size_t)L.in * L.out);
		L.w.assign((const int8_t *)w, (const int8_t *)w + (size_t)L.in * L.out);
		const uint8_t *bias = r.take(4 * (size_t)L.out);
		L.bias.resize(L.out);
		memcpy(L.bias.data(), bias, 4 * (size_t)L.out);
	}
	if (r.off != b.size()) throw Failure{"trailing bytes after the model"};
	return layers;
}

static std::vector<uint8_t> read_blob(uint64_t limit) {
	uint64_t n;
	read_full(&n, 8);
	if (n > limit) throw Failure{"blob above its limit"};
	std::vector<uint8_t> b(n);
	if (n) read_full(b.data(), n);
	return b;
}

// k_dense: one warp per output (r, o). X rows and W rows are padded with
// zeros to a multiple of 4 bytes (stride in4); Y rows to stride out4.
__global__ void k_dense(const int8_t *X, const int8_t *W, const int32_t *B, int8_t *Y, int rows, int in4,
                        int out, int out4, int shift, int relu) {
	long long gw = ((long long)blockIdx.x * blockDim.x + threadIdx.x) / 32;
	int lane = threadIdx.x & 31;
	if (gw >= (long long)rows * out) return;
	int r = (int)(gw / out), o = (int)(gw % out);
	const int *xr = (const int *)(X + (size_t)r * in4);
	const int *wr = (const int *)(W + (size_t)o * in4);
	int acc = 0;
	for (int k = lane; k < in4 / 4; k += 32) acc = __dp4a(xr[k], wr[k], acc);
	for (int off = 16; off > 0; off >>= 1) acc += __shfl_down_sync(0xffffffffu, acc, off);
	if (lane == 0) {
		// Validated models keep every partial sum, the bias and the rounding
		// term within int32 (docs/hashing.md): this is exact.
		int t = acc + B[o];
		if (shift > 0) t = (t + (1 << (shift - 1))) >> shift;
		if (relu && t < 0) t = 0;
		t = t < -128 ? -128 : (t > 127 ? 127 : t);
		Y[(size_t)r * out4 + o] = (int8_t)t;
	}
}

__global__ void k_pack(const int8_t *Y, int rows, int n, int stride, int m, fe *nodes) {
	long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x;
	if (i >= (long long)rows * m) return;
	int r = (int)(i / m), e = (int)(i % m);
	nodes[i] = gr_pack8(Y + (size_t)r * stride, n, e);
}

__global__ void k_level(const fe *src, int len, fe *dst, int next, int rows, int level) {
	long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x;
	if (i >= (long long)rows * next) return;
	int r = (int)(i / next), j = (int)(i % next);
	const fe *s = src + (size_t)r * len;
	fe right = 2 * j + 1 < len ? s[2 * j + 1] : fe_load(d_ZERO_ROOTS[level]);
	dst[i] = gr_h(s[2 * j], right);
}

__global__ void k_final(const fe *roots, int rows, int n, uint8_t *leaves, int L, int l) {
	int r = blockIdx.x * blockDim.x + threadIdx.x;
	if (r >= rows) return;
	fe leaf = gr_h(roots[r], gr_count((uint64_t)n));
	gr_be32(leaf, leaves + ((size_t)r * L + l) * 32);
}

static unsigned blocks(long long threads, int per) { return (unsigned)((threads + per - 1) / per); }

static double ms_since(std::chrono::steady_clock::time_point t) {
	return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

// serve_one runs one job. GEMMs run in order on the default stream; each
// layer's leaves are hashed on a second stream as soon as its GEMM is
// done, overlapping the next layers' GEMMs. Buffers are freed at the end
// (cudaFree would synchronize the device).
static void serve_one(const CachedModel &cm, uint32_t rows, uint32_t width, const std::vector<int8_t> &x) {
	const std::vector<Layer> &layers = cm.layers;
	auto t0 = std::chrono::steady_clock::now();
	int L = (int)layers.size();
	auto pad4 = [](uint32_t n) { return (n + 3) / 4 * 4; };
	// Per-job buffers come from the stream-ordered pool (cudaMallocAsync),
	// which keeps memory between jobs (see main) instead of synchronizing
	// the device on every cudaMalloc and cudaFree.
	std::vector<void *> owned;
	struct Owned {
		std::vector<void *> &v;
		~Owned() {
			cudaDeviceSynchronize();
			for (void *p : v) cudaFreeAsync(p, 0);
		}
	} guard{owned};
	auto alloc = [&](size_t n) {
		void *p = nullptr;
		CHECK(cudaMallocAsync(&p, n ? n : 1, 0));
		owned.push_back(p);
		return p;
	};
	// Hashing streams: the layers' leaves are independent of each other, so
	// up to 8 layers hash concurrently, each after its own GEMM.
	std::vector<cudaStream_t> hss(L < 8 ? L : 8);
	for (auto &h : hss) CHECK(cudaStreamCreateWithFlags(&h, cudaStreamNonBlocking));
	std::vector<cudaEvent_t> ev(2 * L + 2); // per layer: GEMM start, end; [2L]: join; [2L+1]: leaves done
	for (auto &e : ev) CHECK(cudaEventCreate(&e));

	uint32_t in4 = pad4(width);
	std::vector<int8_t> xp((size_t)rows * in4, 0);
	for (uint32_t r = 0; r < rows; r++) memcpy(&xp[(size_t)r * in4], &x[(size_t)r * width], width);
	int8_t *dX = (int8_t *)alloc(xp.size());
	CHECK(cudaMemcpy(dX, xp.data(), xp.size(), cudaMemcpyHostToDevice));
	uint8_t *dLeaves = (uint8_t *)alloc((size_t)rows * L * 32);
	std::vector<std::vector<int8_t>> acts(L);
	double macs = 0;
	for (int l = 0; l < L; l++) {
		const Layer &ly = layers[l];
		uint32_t i4 = pad4(ly.in), o4 = pad4(ly.out);
		const int8_t *dW = cm.dW[l];
		const int32_t *dB = cm.dB[l];
		int8_t *dY = (int8_t *)alloc((size_t)rows * o4);
		CHECK(cudaMemset(dY, 0, (size_t)rows * o4));
		// The leaf buffers are allocated on the default stream before the
		// event the hashing stream waits on, so the stream-ordered
		// allocations are complete when it uses them.
		int n = (int)ly.out, m = (n + 30) / 31, depth = 0;
		while ((1 << depth) < m) depth++;
		fe *a = (fe *)alloc(sizeof(fe) * (size_t)rows * m);
		fe *b = (fe *)alloc(sizeof(fe) * (size_t)rows * ((m + 1) / 2 + 1));
		CHECK(cudaEventRecord(ev[2 * l]));
		long long threads = (long long)rows * ly.out * 32;
		k_dense<<<blocks(threads, 256), 256>>>(dX, dW, dB, dY, (int)rows, (int)i4, (int)ly.out, (int)o4, ly.shift, ly.relu);
		CHECK(cudaGetLastError());
		CHECK(cudaEventRecord(ev[2 * l + 1]));
		// Leaves of this layer on the hashing stream, once the GEMM is done:
		// pack, the variable-depth tree level by level, the length binding.
		cudaStream_t hs = hss[l % hss.size()];
		CHECK(cudaStreamWaitEvent(hs, ev[2 * l + 1], 0));
		k_pack<<<blocks((long long)rows * m, 128), 128, 0, hs>>>(dY, (int)rows, n, (int)o4, m, a);
		CHECK(cudaGetLastError());
		int len = m;
		for (int level = 0; level < depth; level++) {
			int next = (len + 1) / 2;
			k_level<<<blocks((long long)rows * next, 64), 64, 0, hs>>>(a, len, b, next, (int)rows, level);
			CHECK(cudaGetLastError());
			fe *t = a;
			a = b;
			b = t;
			len = next;
		}
		k_final<<<blocks(rows, 64), 64, 0, hs>>>(a, (int)rows, n, dLeaves, L, l);
		CHECK(cudaGetLastError());
		macs += (double)rows * ly.in * ly.out;
		acts[l].resize((size_t)rows * ly.out);
		CHECK(cudaMemcpy2D(acts[l].data(), ly.out, dY, o4, ly.out, rows, cudaMemcpyDeviceToHost));
		dX = dY;
	}
	// Join the hashing streams on the first one, then wait for it.
	for (size_t i = 1; i < hss.size(); i++) {
		CHECK(cudaEventRecord(ev[2 * L], hss[i]));
		CHECK(cudaStreamWaitEvent(hss[0], ev[2 * L], 0));
	}
	CHECK(cudaEventRecord(ev[2 * L + 1], hss[0]));
	CHECK(cudaStreamSynchronize(hss[0]));
	std::vector<uint8_t> leaves((size_t)rows * L * 32);
	CHECK(cudaMemcpy(leaves.data(), dLeaves, leaves.size(), cudaMemcpyDeviceToHost));
	float gemm_ms = 0, tail_ms = 0;
	for (int l = 0; l < L; l++) {
		float g;
		CHECK(cudaEventElapsedTime(&g, ev[2 * l], ev[2 * l + 1]));
		gemm_ms += g;
	}
	CHECK(cudaEventElapsedTime(&tail_ms, ev[2 * L - 1], ev[2 * L + 1]));
	for (auto &e : ev) cudaEventDestroy(e);
	for (auto &h : hss) cudaStreamDestroy(h);

	uint8_t hdr[6] = {'G', 'R', 'W', 'R', 1, 0};
	write_full(hdr, 6);
	write_full(&rows, 4);
	uint16_t nl = (uint16_t)L;
	write_full(&nl, 2);
	for (int l = 0; l < L; l++) write_full(&layers[l].out, 4);
	for (int l = 0; l < L; l++) write_full(acts[l].data(), acts[l].size());
	write_full(leaves.data(), leaves.size());
	fflush(stdout);
	fprintf(stderr,
	        "gpuroll-cuda-worker: rows=%u layers=%d gemm=%.3f ms (%.1f GMAC/s) leaves done %.3f ms after the last gemm (%.0f%% of gemm) total=%.3f ms\n",
	        rows, L, gemm_ms, macs / (gemm_ms * 1e6), tail_ms, 100 * tail_ms / gemm_ms, ms_since(t0));
}

// upload lays a parsed model's weights out padded on the GPU.
static CachedModel upload(const uint8_t key[32], std::vector<Layer> layers) {
	CachedModel cm;
	memcpy(cm.key, key, 32);
	for (Layer &ly : layers) {
		uint32_t i4 = (ly.in + 3) / 4 * 4;
		std::vector<int8_t> wp((size_t)ly.out * i4, 0);
		for (uint32_t o = 0; o < ly.out; o++) memcpy(&wp[(size_t)o * i4], &ly.w[(size_t)o * ly.in], ly.in);
		int8_t *dW = nullptr;
		int32_t *dB = nullptr;
		CHECK(cudaMalloc(&dW, wp.size()));
		cm.dW.push_back(dW);
		CHECK(cudaMalloc(&dB, 4 * (size_t)ly.out));
		cm.dB.push_back(dB);
		CHECK(cudaMemcpy(dW, wp.data(), wp.size(), cudaMemcpyHostToDevice));
		CHECK(cudaMemcpy(dB, ly.bias.data(), 4 * (size_t)ly.out, cudaMemcpyHostToDevice));
		ly.w.clear();
		ly.w.shrink_to_fit();
	}
	cm.layers = std::move(layers);
	return cm;
}

static void release(CachedModel &cm) {
	for (auto p : cm.dW) cudaFree(p);
	for (auto p : cm.dB) cudaFree(p);
	cm.dW.clear();
	cm.dB.clear();
}

static const size_t kCacheSize = 4;

int main() {
	cudaError_t e = cudaSuccess;
	e = e ? e : cudaMemcpyToSymbol(d_P, GR_P, sizeof(GR_P));
	e = e ? e : cudaMemcpyToSymbol(d_R2, GR_R2, sizeof(GR_R2));
	e = e ? e : cudaMemcpyToSymbol(d_RK_FIRST, GR_RK_FIRST, sizeof(GR_RK_FIRST));
	e = e ? e : cudaMemcpyToSymbol(d_RK_PARTIAL, GR_RK_PARTIAL, sizeof(GR_RK_PARTIAL));
	e = e ? e : cudaMemcpyToSymbol(d_RK_LAST, GR_RK_LAST, sizeof(GR_RK_LAST));
	e = e ? e : cudaMemcpyToSymbol(d_ZERO_ROOTS, GR_ZERO_ROOTS, sizeof(GR_ZERO_ROOTS));
	// Keep freed pool memory for the next job rather than returning it.
	cudaMemPool_t pool;
	e = e ? e : cudaDeviceGetDefaultMemPool(&pool, 0);
	uint64_t keep = UINT64_MAX;
	e = e ? e : cudaMemPoolSetAttribute(pool, cudaMemPoolAttrReleaseThreshold, &keep);
	if (e != cudaSuccess) {
		respond_error(std::string("CUDA initialisation: ") + cudaGetErrorString(e));
		return 1;
	}
	std::vector<CachedModel> cache; // most recent last
	for (;;) {
		uint8_t hdr[5];
		size_t got = fread(hdr, 1, 5, stdin);
		if (got == 0 && feof(stdin)) return 0;
		try {
			if (got != 5 || memcmp(hdr, "GRWQ", 4) != 0 || hdr[4] != 1) throw Failure{"not a version-1 worker request"};
			uint8_t key[32], flag;
			read_full(key, 32);
			read_full(&flag, 1);
			if (flag > 1) throw Failure{"bad model flag"};
			std::vector<Layer> layers;
			if (flag == 1) layers = parse_model(read_blob(kMaxModelBytes));
			std::vector<uint8_t> ib = read_blob(kMaxInputBytes);
			int hit = -1;
			for (size_t i = 0; i < cache.size(); i++)
				if (memcmp(cache[i].key, key, 32) == 0) hit = (int)i;
			if (hit < 0 && flag == 0) {
				respond_status(2, "model not cached");
				continue;
			}
			if (hit >= 0) {
				CachedModel cm = std::move(cache[hit]);
				cache.erase(cache.begin() + hit);
				cache.push_back(std::move(cm));
			} else {
				if (cache.size() == kCacheSize) {
					release(cache.front());
					cache.erase(cache.begin());
				}
				cache.push_back(upload(key, std::move(layers)));
			}
			const CachedModel &cm = cache.back();
			Reader r{ib};
			const uint8_t *m = r.take(4);
			if (memcmp(m, "GRIN", 4) != 0 || r.u8() != 1) throw Failure{"not a version-1 input"};
			uint32_t rows = r.u32(), width = r.u32();
			if (rows < 1 || rows > 65536 || width != cm.layers[0].in) throw Failure{"input shape does not fit the model"};
			const uint8_t *xb = r.take((size_t)rows * width);
			if (r.off != ib.size()) throw Failure{"trailing bytes after the input"};
			std::vector<int8_t> x((const int8_t *)xb, (const int8_t *)xb + (size_t)rows * width);
			serve_one(cm, rows, width, x);
		} catch (const Failure &f) {
			fprintf(stderr, "gpuroll-cuda-worker: %s\n", f.msg.c_str());
			respond_error(f.msg);
			return 1;
		}
	}
}
