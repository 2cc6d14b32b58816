package client

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/gpuroll/gpuroll/econ"
)

// The types of the sequencer's JSON-RPC API (docs/rpc.md). Quantities are
// Ethereum-style 0x hex (hexutil), token amounts uint256 in wei.

// Tx statuses (TxStatus.Status), in the order a tx moves through them.
const (
	StatusPending  = "pending"  // accepted into the mempool (journaled)
	StatusIncluded = "included" // in a committed L2 block
	StatusBatched  = "batched"  // in a sealed batch not yet on L1
	StatusPosted   = "posted"   // its batch is on L1, inside the dispute window
	StatusFinal    = "final"    // its batch is finalized on L1
	StatusDropped  = "dropped"  // refused after acceptance (Code, Message say why)
	StatusUnknown  = "unknown"  // never seen (or dropped long ago)
)

// TxStatus is where a tx is.
type TxStatus struct {
	Hash    common.Hash     `json:"hash"`
	Status  string          `json:"status"`
	Sender  *common.Address `json:"sender,omitempty"`
	Nonce   *hexutil.Uint64 `json:"nonce,omitempty"`
	Type    string          `json:"type,omitempty"`
	Block   *hexutil.Uint64 `json:"block,omitempty"`
	Index   *hexutil.Uint64 `json:"index,omitempty"` // position in the block's items
	Batch   *hexutil.Uint64 `json:"batch,omitempty"`
	L1Tx    *common.Hash    `json:"l1Tx,omitempty"` // the batch's submitBatch tx
	Code    int             `json:"code,omitempty"` // why it was dropped
	Message string          `json:"message,omitempty"`
	// Result of an included tx: the ids it created.
	LeaseID      *hexutil.Uint64 `json:"leaseId,omitempty"`
	JobID        *common.Hash    `json:"jobId,omitempty"`
	ReceiptID    *common.Hash    `json:"receiptId,omitempty"`
	WithdrawalID *hexutil.Uint64 `json:"withdrawalId,omitempty"`
	Fee          *hexutil.U256   `json:"fee,omitempty"`
}

// SendResult is the outcome of one tx of a sendRawTransactions batch.
type SendResult struct {
	Hash    common.Hash `json:"hash"`
	Code    int         `json:"code,omitempty"` // 0: accepted
	Message string      `json:"message,omitempty"`
}

// Account is an L2 account.
type Account struct {
	Address common.Address `json:"address"`
	Balance *hexutil.U256  `json:"balance"`
	Nonce   hexutil.Uint64 `json:"nonce"`
	// PendingNonce counts the sender's txs waiting in the mempool: the
	// nonce to sign the next tx with.
	PendingNonce hexutil.Uint64 `json:"pendingNonce"`
}

// Provider is a registered provider with its L1 bond mirror.
type Provider struct {
	Address         common.Address `json:"address"`
	PricePerGPUHour *hexutil.U256  `json:"pricePerGpuHour"`
	GPUs            hexutil.Uint64 `json:"gpus"`
	GPUClass        hexutil.Uint64 `json:"gpuClass"`
	Active          bool           `json:"active"`
	Endpoint        string         `json:"endpoint"`
	Bond            *hexutil.U256  `json:"bond"`     // bonded on L1 (the mirror)
	Exposure        *hexutil.U256  `json:"exposure"` // slash amounts of unfinalized receipts
	// Suspended: convicted of a false receipt; it takes no leases, jobs or
	// receipts until its bond reaches ReinstateBond (docs/economics.md).
	Suspended     bool          `json:"suspended,omitempty"`
	ReinstateBond *hexutil.U256 `json:"reinstateBond,omitempty"`
}

// Lease statuses.
const (
	LeaseOpen   = "open"
	LeaseClosed = "closed"
)

// Lease is a buyer's lease with a provider.
type Lease struct {
	ID              hexutil.Uint64 `json:"id"`
	Buyer           common.Address `json:"buyer"`
	Provider        common.Address `json:"provider"`
	PricePerGPUHour *hexutil.U256  `json:"pricePerGpuHour"`
	Escrow          *hexutil.U256  `json:"escrow"`
	Reserved        *hexutil.U256  `json:"reserved"`
	Expiry          hexutil.Uint64 `json:"expiry"`
	Status          string         `json:"status"`
}

// Layer is a job layer's header.
type Layer struct {
	In    hexutil.Uint64 `json:"in"`
	Out   hexutil.Uint64 `json:"out"`
	Shift hexutil.Uint64 `json:"shift"`
	ReLU  bool           `json:"relu"`
}

// Job statuses.
const (
	JobPending   = "pending"
	JobRejected  = "rejected"
	JobReceipted = "receipted"
)

// Job is a submitted job.
type Job struct {
	ID           common.Hash    `json:"id"`
	LeaseID      hexutil.Uint64 `json:"leaseId"`
	Buyer        common.Address `json:"buyer"`
	Provider     common.Address `json:"provider"`
	ModelRoot    common.Hash    `json:"modelRoot"`
	InputRoot    common.Hash    `json:"inputRoot"`
	Rows         hexutil.Uint64 `json:"rows"`
	Layers       []Layer        `json:"layers"`
	MACs         hexutil.Uint64 `json:"macs"`
	Price        *hexutil.U256  `json:"price"`
	Status       string         `json:"status"`
	RejectReason hexutil.Uint64 `json:"rejectReason,omitempty"`
	// SlashAmount is what a receipt of the job posted now must carry
	// (max(minSlash, price × slashMultiplier) under the current params).
	SlashAmount *hexutil.U256   `json:"slashAmount"`
	Block       *hexutil.Uint64 `json:"block,omitempty"` // the block that included the SubmitJob
	// ReceiptID is the job's receipt once receipted.
	ReceiptID *common.Hash `json:"receiptId,omitempty"`
}

// Receipt statuses.
const (
	ReceiptLocked  = "locked"
	ReceiptPaid    = "paid"
	ReceiptSlashed = "slashed"
	// ReceiptForfeited: its provider was convicted of another receipt
	// while this one was locked; the buyer was refunded.
	ReceiptForfeited = "forfeited"
)

// Receipt is a provider's posted receipt, with what a reveal on L1 needs:
// its leaf fields, its position in the batch and the provider's signed
// authorization (nonce, maxFee, signature).
type Receipt struct {
	ID          common.Hash    `json:"id"`
	JobID       common.Hash    `json:"jobId"`
	Provider    common.Address `json:"provider"`
	Buyer       common.Address `json:"buyer"`
	ModelRoot   common.Hash    `json:"modelRoot"`
	InputRoot   common.Hash    `json:"inputRoot"`
	Rows        hexutil.Uint64 `json:"rows"`
	Layers      hexutil.Uint64 `json:"layers"`
	TraceRoot   common.Hash    `json:"traceRoot"`
	Price       *hexutil.U256  `json:"price"`
	SlashAmount *hexutil.U256  `json:"slashAmount"`
	GPUMillis   hexutil.Uint64 `json:"gpuMillis"`
	Batch       hexutil.Uint64 `json:"batch"`
	Status      string         `json:"status"`
	Nonce       hexutil.Uint64 `json:"nonce"`
	MaxFee      *hexutil.U256  `json:"maxFee"`
	Signature   hexutil.Bytes  `json:"signature"`
}

// Block is an L2 block.
type Block struct {
	Number     hexutil.Uint64 `json:"number"`
	Hash       common.Hash    `json:"hash"`
	ParentHash common.Hash    `json:"parentHash"`
	Timestamp  hexutil.Uint64 `json:"timestamp"`
	StateRoot  common.Hash    `json:"stateRoot"`
	// Txs are the tx hashes in order; L1Messages the L1 queue indices the
	// block consumed; SealedBatch the batch its last item sealed, if any.
	Txs         []common.Hash    `json:"txs"`
	L1Messages  []hexutil.Uint64 `json:"l1Messages"`
	SealedBatch *hexutil.Uint64  `json:"sealedBatch,omitempty"`
	// Batch is the batch the block belongs to (sealed or still open).
	Batch hexutil.Uint64 `json:"batch"`
	// Raw is the block's canonical encoding (docs/batch-codec.md), when
	// asked for.
	Raw hexutil.Bytes `json:"raw,omitempty"`
}

// Batch statuses.
const (
	BatchOpen     = "open"     // blocks are being added
	BatchSealed   = "sealed"   // sealed on L2, not yet on L1
	BatchPosted   = "posted"   // on L1, inside its dispute window and reveal period
	BatchFinal    = "final"    // finalized on L1
	BatchRejected = "rejected" // rejected by the guardian; replaced
)

// Batch is an L2 batch and its life on L1.
type Batch struct {
	Index            hexutil.Uint64  `json:"index"`
	Status           string          `json:"status"`
	FirstBlock       hexutil.Uint64  `json:"firstBlock"`
	LastBlock        hexutil.Uint64  `json:"lastBlock"`
	HeaderHash       *common.Hash    `json:"headerHash,omitempty"`
	ParentHash       *common.Hash    `json:"parentHash,omitempty"`
	PreStateRoot     *common.Hash    `json:"preStateRoot,omitempty"`
	PostStateRoot    *common.Hash    `json:"postStateRoot,omitempty"`
	ReceiptsRoot     *common.Hash    `json:"receiptsRoot,omitempty"`
	WithdrawalsRoot  *common.Hash    `json:"withdrawalsRoot,omitempty"`
	MessagesConsumed hexutil.Uint64  `json:"messagesConsumed"`
	RollingHash      *common.Hash    `json:"messagesRollingHash,omitempty"`
	BodyHash         *common.Hash    `json:"bodyHash,omitempty"`
	BodyBytes        hexutil.Uint64  `json:"bodyBytes,omitempty"`
	Receipts         hexutil.Uint64  `json:"receipts"`
	Withdrawals      hexutil.Uint64  `json:"withdrawals"`
	L1Tx             *common.Hash    `json:"l1Tx,omitempty"`
	L1Block          *hexutil.Uint64 `json:"l1Block,omitempty"`
	SubmittedAt      *hexutil.Uint64 `json:"submittedAt,omitempty"` // L1 timestamps
	WindowEnd        *hexutil.Uint64 `json:"windowEnd,omitempty"`
	RevealEnd        *hexutil.Uint64 `json:"revealEnd,omitempty"` // finalizable from then on
	FinalizedAt      *hexutil.Uint64 `json:"finalizedAt,omitempty"`
}

// Withdrawal is a withdrawal leaf with its position, for a claim on L1.
type Withdrawal struct {
	Batch        hexutil.Uint64 `json:"batch"`
	Index        hexutil.Uint64 `json:"index"` // position in the batch's withdrawals tree
	WithdrawalID hexutil.Uint64 `json:"withdrawalId"`
	From         common.Address `json:"from"`
	To           common.Address `json:"to"`
	Amount       *hexutil.U256  `json:"amount"`
	Proof        []common.Hash  `json:"proof"` // against the batch's withdrawals root
}

// DomainInfo is the EIP-712 domain of L2 txs (docs/txs.md).
type DomainInfo struct {
	Name              string         `json:"name"`
	Version           string         `json:"version"`
	ChainID           hexutil.Uint64 `json:"chainId"`
	VerifyingContract common.Address `json:"verifyingContract"`
	Separator         common.Hash    `json:"separator"`
}

// Contracts are the L1 deployment the sequencer serves.
type Contracts struct {
	Token       common.Address    `json:"token"`
	Timelock    common.Address    `json:"timelock"`
	Rollup      common.Address    `json:"rollup"`
	Bonds       common.Address    `json:"bonds"`
	Disputes    common.Address    `json:"disputes"`
	Verifiers   []common.Address  `json:"verifiers"`
	DeployBlock hexutil.Uint64    `json:"deployBlock"`
	L1ChainID   hexutil.Uint64    `json:"l1ChainId"`
	Params      map[string]string `json:"params"` // L2's current parameters by name, decimal
}

// ChainInfo is what a wallet needs to sign and price txs.
type ChainInfo struct {
	Domain    DomainInfo `json:"domain"`
	Contracts Contracts  `json:"contracts"`
	// Fees: fee = BaseFee + ByteFee × len(tx) (+ StorageByteFee × bytes
	// for SubmitJob).
	BaseFee        *hexutil.U256 `json:"baseFee"`
	ByteFee        *hexutil.U256 `json:"byteFee"`
	StorageByteFee *hexutil.U256 `json:"storageByteFee"`
	BlockTime      string        `json:"blockTime"` // a Go duration
	// Deterrence of cheating under the current parameters for the
	// reference audit set-up (docs/economics.md).
	Deterrence *econ.Summary `json:"deterrence,omitempty"`
}

// SyncStatus is where the sequencer stands.
type SyncStatus struct {
	L2Head           hexutil.Uint64 `json:"l2Head"`
	L2HeadTime       hexutil.Uint64 `json:"l2HeadTime"`
	L1Head           hexutil.Uint64 `json:"l1Head"`     // the newest L1 block seen
	L1Followed       hexutil.Uint64 `json:"l1Followed"` // the newest confirmed L1 block processed
	MessagesSeen     hexutil.Uint64 `json:"messagesSeen"`
	MessagesConsumed hexutil.Uint64 `json:"messagesConsumed"`
	OpenBatch        hexutil.Uint64 `json:"openBatch"`
	LastPostedBatch  hexutil.Uint64 `json:"lastPostedBatch"`
	LastFinalBatch   hexutil.Uint64 `json:"lastFinalBatch"`
	Mempool          hexutil.Uint64 `json:"mempool"`
}

// ForcedResult is what became of a tx forced through L1 (message index).
type ForcedResult struct {
	MessageIndex hexutil.Uint64 `json:"messageIndex"`
	Applied      bool           `json:"applied"`
	Code         int            `json:"code,omitempty"`
	TxHash       common.Hash    `json:"txHash"` // keccak of the forced bytes
}
