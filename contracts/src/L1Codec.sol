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
