// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {L1Codec} from "../src/L1Codec.sol";

/// @notice TEST ONLY. Exposes the library the real contracts use, so the Go
/// tests can check docs/vectors/l1-interface.json against the Solidity code.
contract L1CodecHarness {
    function headerHash(L1Codec.BatchHeader calldata h) external pure returns (bytes32) {
        return L1Codec.headerHash(h);
    }

    function receiptLeafHash(L1Codec.ReceiptLeaf calldata r) external pure returns (bytes32) {
        return L1Codec.receiptLeafHash(r);
    }

    function withdrawalLeafHash(L1Codec.WithdrawalLeaf calldata w) external pure returns (bytes32) {
        return L1Codec.withdrawalLeafHash(w);
    }

    function receiptId(
        bytes32 jobId,
        address provider,
        bytes32 modelRoot,
        bytes32 inputRoot,
        uint32 rows,
        uint32 layers,
        bytes32 traceRoot
    ) external pure returns (bytes32) {
        return L1Codec.receiptId(jobId, provider, modelRoot, inputRoot, rows, layers, traceRoot);
    }

    function postReceiptDigest(
        L1Codec.ReceiptLeaf calldata r,
        L1Codec.ReceiptAuth calldata a,
        address rollup
    ) external view returns (bytes32) {
        return L1Codec.postReceiptDigest(r, a, rollup);
    }

    function domainSeparator(address rollup) external view returns (bytes32) {
        return L1Codec.domainSeparator(rollup);
    }

    function msgHash(uint8 kind, uint64 index, uint64 timestamp, bytes calldata payload)
        external
        pure
        returns (bytes32)
    {
        return L1Codec.msgHash(kind, index, timestamp, payload);
    }

    function nextRolling(bytes32 rolling, bytes32 messageHash) external pure returns (bytes32) {
        return L1Codec.nextRolling(rolling, messageHash);
    }

    function verify(bytes32[] calldata proof, bytes32 root, bytes32 leaf) external pure returns (bool) {
        return MerkleProof.verifyCalldata(proof, root, leaf);
    }
}
