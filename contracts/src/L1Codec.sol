// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title L1Codec
/// @notice The encodings of docs/l1-interface.md, written once for every
/// contract: batch header hash, receipt and withdrawal leaves, message hash
/// and rolling hash. The Go side (state/) implements the same page; both pass
/// docs/vectors/l1-interface.json.
library L1Codec {
    uint8 internal constant KIND_DEPOSIT = 1;
    uint8 internal constant KIND_BOND_CHANGED = 2;
    uint8 internal constant KIND_RECEIPT_SLASHED = 3;
    uint8 internal constant KIND_BATCH_FINALIZED = 4;
    uint8 internal constant KIND_PARAMS_CHANGED = 5;
    uint8 internal constant KIND_FORCED_TX = 6;

    /// @dev EIP-712 domain of L2 txs (docs/txs.md): {name "gpuroll",
    /// version "1", the L1 chain id, the Rollup}.
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant DOMAIN_NAME_HASH = keccak256("gpuroll");
    bytes32 internal constant DOMAIN_VERSION_HASH = keccak256("1");
    /// @dev The PostReceipt tx's primary type: the provider signs every
    /// field of its receipt leaf but the position (docs/txs.md).
    bytes32 internal constant POST_RECEIPT_TYPEHASH = keccak256(
        "PostReceipt(uint64 nonce,uint256 maxFee,bytes32 jobId,address buyer,bytes32 modelRoot,bytes32 inputRoot,uint32 rows,uint32 layers,bytes32 traceRoot,uint256 slashAmount,uint64 gpuMillis)"
    );

    struct BatchHeader {
        uint64 index;
        bytes32 parentHash;
        bytes32 preStateRoot;
        bytes32 postStateRoot;
        bytes32 receiptsRoot;
        bytes32 withdrawalsRoot;
        uint64 messagesConsumed;
        bytes32 messagesRollingHash;
        bytes32 bodyHash;
    }

    struct ReceiptLeaf {
        uint256 i;
        bytes32 receiptId;
        address provider;
        address buyer;
        bytes32 modelRoot;
        bytes32 inputRoot;
        uint32 rows;
        uint32 layers;
        bytes32 traceRoot;
        uint256 slashAmount;
    }

    /// @notice What a reveal carries besides the leaf to show that the
    /// leaf's provider signed it: the PostReceipt tx's remaining typed-data
    /// fields and its signature (v = 0 or 1, as in the L2 tx encoding).
    struct ReceiptAuth {
        bytes32 jobId;
        uint64 nonce;
        uint256 maxFee;
        uint64 gpuMillis;
        uint8 v;
        bytes32 r;
        bytes32 s;
    }

    struct WithdrawalLeaf {
        uint256 i;
        uint64 withdrawalId;
        address from;
        address to;
        uint256 amount;
    }

    function headerHash(BatchHeader memory h) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                h.index,
                h.parentHash,
                h.preStateRoot,
                h.postStateRoot,
                h.receiptsRoot,
                h.withdrawalsRoot,
                h.messagesConsumed,
                h.messagesRollingHash,
                h.bodyHash
            )
        );
    }

    /// @dev Double hashing as OpenZeppelin's StandardMerkleTree: a 64-byte
    /// inner node can never be passed off as a leaf.
    function receiptLeafHash(ReceiptLeaf memory r) internal pure returns (bytes32) {
        bytes32 inner = keccak256(
            abi.encode(
                r.i,
                r.receiptId,
                r.provider,
                r.buyer,
                r.modelRoot,
                r.inputRoot,
                r.rows,
                r.layers,
                r.traceRoot,
                r.slashAmount
            )
        );
        return keccak256(bytes.concat(inner));
    }

    function withdrawalLeafHash(WithdrawalLeaf memory w) internal pure returns (bytes32) {
        bytes32 inner = keccak256(abi.encode(w.i, w.withdrawalId, w.from, w.to, w.amount));
        return keccak256(bytes.concat(inner));
    }

    function receiptId(
        bytes32 jobId,
        address provider,
        bytes32 modelRoot,
        bytes32 inputRoot,
        uint32 rows,
        uint32 layers,
        bytes32 traceRoot
    ) internal pure returns (bytes32) {
        return keccak256(abi.encode(jobId, provider, modelRoot, inputRoot, rows, layers, traceRoot));
    }

    /// @notice The EIP-712 domain separator of L2 txs for `rollup` on this chain.
    function domainSeparator(address rollup) internal view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, DOMAIN_NAME_HASH, DOMAIN_VERSION_HASH, block.chainid, rollup));
    }

    /// @notice hashStruct of the PostReceipt tx whose fields are the leaf's
    /// and the auth's (docs/txs.md).
    function postReceiptStructHash(ReceiptLeaf calldata r, ReceiptAuth calldata a) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                POST_RECEIPT_TYPEHASH,
                a.nonce,
                a.maxFee,
                a.jobId,
                r.buyer,
                r.modelRoot,
                r.inputRoot,
                r.rows,
                r.layers,
                r.traceRoot,
                r.slashAmount,
                a.gpuMillis
            )
        );
    }

    /// @notice The EIP-712 signing hash of that PostReceipt tx for the
    /// deployment whose Rollup is `rollup`: what its provider signed.
    function postReceiptDigest(ReceiptLeaf calldata r, ReceiptAuth calldata a, address rollup)
        internal
        view
        returns (bytes32)
    {
        return keccak256(abi.encodePacked(hex"1901", domainSeparator(rollup), postReceiptStructHash(r, a)));
    }

    function msgHash(uint8 kind, uint64 index, uint64 timestamp, bytes memory payload)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encodePacked(kind, index, timestamp, payload));
    }

    function nextRolling(bytes32 rolling, bytes32 messageHash) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(rolling, messageHash));
    }
}
