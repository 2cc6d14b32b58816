// Package store is the sequencer's job-data store: the models, inputs and
// provider traces that jobs and receipts name by root, kept available for
// providers, buyers and challengers (a false receipt can only be proven
// while its data can be fetched).
//
// # Blobs
//
// A blob is the bytes of a job.Model, job.Input or job.StoredTrace
// (docs/job-format.md), addressed by its kind and root: the model root,
// input root or trace root that client.DecodeBlob computes with job/'s
// strict decoders and commitments (the one definition, shared with the
// clients). Put reads exactly the declared size into a staging file
// (refusing a size above the kind's limit before reading a byte),
// decodes it strictly, computes the root and moves it to the Backend
// under (kind, root). Identical bytes uploaded again are a no-op found by
// their keccak256, without decoding. The default Backend is Disk
// (Dir/blobs/<kind>/<xx>/0x<root>, written to a temporary file, fsynced,
// renamed, directory fsynced); the Backend interface lets an
// S3-compatible store replace it. Metadata (Meta, references,
// finalization marks) is in pebble under Dir/meta and indexed in memory;
// Open rebuilds the index and reconciles it with the backend.
//
// # Admission rules
//
// The STF depends on L1 data alone; the store's checks are admission
// rules of the sequencer. CheckJob admits a SubmitJob when the model its
// declared layers describe (job.Describe's model root) and its input are
// stored, and the input has the declared rows and the first layer's
// width; validation (strict decoding, the int32 bound) happened at
// upload. CheckTrace admits a PostReceipt when the trace with its root is
// stored with exactly rows × layers leaves; its leaves hash to that root
// (computed at upload). A leaf of the wrong length or with a
// non-canonical packed element is a provable fraud and is admitted:
// only what would make a false receipt unprovable is refused. Both read
// no blob, only what was recorded at upload.
//
// A trace root binds the leaves and their count R·L, not R and L apart:
// the same leaves laid out as other rows × layers have the same root.
// CheckTrace wants the job's layout (challengers decode the trace as the
// job), and an upload in another layout replaces the stored one unless a
// tx refers to it or was admitted on it within the TTL, so nobody can
// squat a root with a useless layout.
//
// # References and retention
//
// The sequencer calls Reference (or ReferenceAll, once per block) when a
// tx that names a blob is included in a batch, Unreference when that
// batch is rolled back, and Finalized when batches become final on L1.
// Collect (run every GCInterval by Start) deletes unreferenced blobs
// older than TTL (default 1 h; counted from the upload, the last
// re-upload, the last Unreference or the last admission check) and
// referenced ones once every batch that refers to them has been final
// for Retention (default 7 days).
//
// # Accounts
//
// An upload is charged to its signer (client.UploadAuth under the
// deployment's domain): unreferenced bytes count against QuotaBytes until
// a tx refers to them or they expire; uploads and bytes per minute are
// token buckets. The first uploader of some bytes is charged, once;
// Config.AccountCheck may refuse an account (e.g. one without L2
// balance).
//
// # HTTP API and error codes
//
// Handler serves PUT /store/{kind}, GET|HEAD /store/{kind}/{root} and GET
// /store/result/{traceRoot} (README-rpc-section.md, for docs/rpc.md).
// Errors are JSON {"error":{"code":N,"message":"…"}}; the codes are
// client.StoreCode…, stable:
//
//	700 malformed         400  the bytes do not decode as the kind (job/'s strict decoders)
//	701 too large         413  the declared size is above the kind's limit (nothing is read)
//	702 quota             429  the account's unreferenced uploads would exceed its quota
//	703 rate limited      429  too many uploads or bytes per minute (Retry-After: seconds)
//	704 not found         404  no such blob
//	705 bad auth          403  signature missing, malformed, not canonical (v ∈ {0,1}, low s), or not the claimed account's
//	706 expired           400  the expiry is not in (now, now + 15 min]
//	707 bad request       400  unknown kind or endpoint, malformed root or header, no Content-Length (404 for an unknown endpoint)
//	708 content mismatch  400  the body's length or keccak256 differs from Content-Length or the signed hash
//	709 account refused   403  AccountCheck refused the uploader
//	710 unavailable       500/503  storage failure, or the store is shutting down
//	711 bad result        422  the trace's last layer has a non-canonical element (the receipt is provably false)
//
// Go callers match the sentinel errors (ErrMalformed, …) with errors.Is;
// CodeOf maps them to codes. Admission errors (ErrBadJob, ErrMismatch)
// map to 707 for completeness; the sequencer reports them in its own
// RPC error space.
package store
