// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {L1Codec} from "./L1Codec.sol";
import {IStepVerifier} from "./IStepVerifier.sol";
import {Rollup} from "./Rollup.sol";
import {Bonds} from "./Bonds.sol";

/// @title Disputes
/// @notice Two-step fraud challenges against receipts of pending batches
/// (docs/contracts.md). commitChallenge hides the step and salt behind
/// h = keccak256(abi.encode(receiptId, r, l, o, challenger, salt)); the
/// reveal, at least one block later, re-derives h with msg.sender, so a
/// reveal copied from the mempool by another key finds no commitment, and
/// the proof's public inputs bind msg.sender too. Only a receipt its
/// provider signed can be slashed: the reveal carries the provider's
/// EIP-712 signature of the PostReceipt tx, which covers every field of the
/// leaf but its position, so a batch poster cannot forge one.
contract Disputes is ReentrancyGuardTransient {
    /// @notice BN254 scalar field: roots must be canonical field elements.
    uint256 public constant FIELD_MODULUS =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;
    uint256 public constant MAX_LAYERS = 256;
    uint256 public constant MAX_ROWS = 1 << 24;
    uint256 public constant MAX_OUTPUT = 1 << 16;
    uint8 public constant NUM_CLASSES = 3;

    struct Step {
        uint32 row; // r, 0-based
        uint32 layer; // l, 1-based
        uint32 output; // o, 0-based
        uint8 classId; // 1..NUM_CLASSES, chosen by the challenger
    }

    Rollup public immutable rollup;
    Bonds public immutable bonds;
    IERC20 public immutable token;
    IStepVerifier internal immutable _verifier1;
    IStepVerifier internal immutable _verifier2;
    IStepVerifier internal immutable _verifier3;

    /// @notice commitment key => block number of the commit.
    mapping(bytes32 => uint256) public commitBlock;
    /// @notice receipt id => slashed (at most once, whatever the batch).
    mapping(bytes32 => bool) public slashed;

    event ChallengeCommitted(
        uint64 indexed batchIndex, bytes32 indexed headerHash, address indexed challenger, bytes32 commitment
    );
    event ReceiptSlashed(
        bytes32 indexed receiptId,
        uint64 indexed batchIndex,
        address indexed challenger,
        address provider,
        uint256 taken,
        uint256 challengerShare,
        uint256 compensation
    );

    error ZeroAddress();
    error BatchNotPending(uint64 index, bytes32 headerHash);
    error WindowClosed(uint64 windowEnd);
    error RevealPeriodOver(uint64 revealEnd);
    error AlreadyCommitted();
    error NoCommitment();
    error RevealTooEarly(uint256 commitBlock);
    error AlreadySlashed(bytes32 receiptId);
    error ReceiptNotInBatch();
    error BadStep();
    error RootNotInField();
    error UnknownStepClass(uint8 classId);
    error InvalidProof();
    error ReceiptIdMismatch();
    error NotSignedByProvider();

    constructor(Rollup rollup_, Bonds bonds_, IStepVerifier[3] memory verifiers) {
        if (address(rollup_) == address(0) || address(bonds_) == address(0)) revert ZeroAddress();
        for (uint256 i = 0; i < 3; i++) {
            if (address(verifiers[i]) == address(0)) revert ZeroAddress();
        }
        rollup = rollup_;
        bonds = bonds_;
        token = rollup_.token();
        _verifier1 = verifiers[0];
        _verifier2 = verifiers[1];
        _verifier3 = verifiers[2];
    }

    /// @notice The verifier of a step class (1: input width <= 256,
    /// 2: <= 1024, 3: <= 4096), fixed at deployment.
    function verifier(uint8 classId) public view returns (IStepVerifier) {
        if (classId == 1) return _verifier1;
        if (classId == 2) return _verifier2;
        if (classId == 3) return _verifier3;
        revert UnknownStepClass(classId);
    }

    function maxInputWidth(uint8 classId) external pure returns (uint256) {
        if (classId == 1) return 256;
        if (classId == 2) return 1024;
        if (classId == 3) return 4096;
        revert UnknownStepClass(classId);
    }

    /// @notice The commitment a challenger publishes (docs/contracts.md).
    function commitment(bytes32 receiptId, Step calldata step, address challenger, bytes32 salt)
        public
        pure
        returns (bytes32)
    {
        return keccak256(
            abi.encode(receiptId, uint256(step.row), uint256(step.layer), uint256(step.output), challenger, salt)
        );
    }

    function commitmentKey(uint64 batchIndex, bytes32 headerHash, address challenger, bytes32 h)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(batchIndex, headerHash, challenger, h));
    }

    function commitChallenge(uint64 batchIndex, bytes32 headerHash, bytes32 h) external {
        (bool pending,, uint64 windowEnd,) = rollup.disputeInfo(batchIndex, headerHash);
        if (!pending) revert BatchNotPending(batchIndex, headerHash);
        if (block.timestamp >= windowEnd) revert WindowClosed(windowEnd);
        bytes32 key = commitmentKey(batchIndex, headerHash, msg.sender, h);
        if (commitBlock[key] != 0) revert AlreadyCommitted();
        commitBlock[key] = block.number;
        emit ChallengeCommitted(batchIndex, headerHash, msg.sender, h);
    }

    /// @notice The 4 public inputs of docs/fraud-proof.md, derived from the
    /// leaf, the step and the challenger alone. Reverts on an out-of-range
    /// step or a root outside the field.
    function publicInputs(L1Codec.ReceiptLeaf calldata leaf, Step calldata step, address challenger)
        public
        pure
        returns (uint256[4] memory input)
    {
        uint256 rows = leaf.rows;
        uint256 layers = leaf.layers;
        if (rows == 0 || rows > MAX_ROWS || layers == 0 || layers > MAX_LAYERS) revert BadStep();
        if (step.row >= rows || step.layer == 0 || step.layer > layers || step.output >= MAX_OUTPUT) {
            revert BadStep();
        }
        input[0] = uint256(leaf.modelRoot);
        input[1] = uint256(leaf.inputRoot);
        input[2] = uint256(leaf.traceRoot);
        if (input[0] >= FIELD_MODULUS || input[1] >= FIELD_MODULUS || input[2] >= FIELD_MODULUS) {
            revert RootNotInField();
        }
        input[3] = uint256(uint160(challenger)) | (uint256(step.row) << 160) | (uint256(step.layer - 1) << 184)
            | (uint256(step.output) << 192) | ((layers - 1) << 208) | ((rows - 1) << 216);
    }

    function revealChallenge(
        uint64 batchIndex,
        bytes32 headerHash,
        L1Codec.ReceiptLeaf calldata leaf,
        bytes32[] calldata inclusionProof,
        Step calldata step,
        bytes32 salt,
        bytes calldata proof,
        L1Codec.ReceiptAuth calldata auth
    ) external nonReentrant {
        bytes32 key = _checkReveal(batchIndex, headerHash, leaf, inclusionProof, step, salt);
        checkProviderSignature(leaf, auth);
        uint256[4] memory input = publicInputs(leaf, step, msg.sender);
        if (!verifier(step.classId).verifyStep(proof, input)) revert InvalidProof();

        // Effects before any token moves.
        slashed[leaf.receiptId] = true;
        delete commitBlock[key];
        _settle(batchIndex, headerHash, leaf);
    }

    /// @notice Reverts unless the leaf's provider signed the PostReceipt tx
    /// with exactly the leaf's fields (and the auth's), under the L2 domain
    /// of this deployment, with a low-s signature, and unless the leaf's
    /// receipt id is the one its fields derive (so one signed receipt has
    /// one id, slashed at most once).
    function checkProviderSignature(L1Codec.ReceiptLeaf calldata leaf, L1Codec.ReceiptAuth calldata auth)
        public
        view
    {
        bytes32 id = L1Codec.receiptId(
            auth.jobId, leaf.provider, leaf.modelRoot, leaf.inputRoot, leaf.rows, leaf.layers, leaf.traceRoot
        );
        if (id != leaf.receiptId) revert ReceiptIdMismatch();
        bytes32 digest = L1Codec.postReceiptDigest(leaf, auth, address(rollup));
        if (auth.v > 1) revert NotSignedByProvider();
        // tryRecover refuses s in the upper half (EIP-2) and a zero signer.
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, auth.v + 27, auth.r, auth.s);
        if (err != ECDSA.RecoverError.NoError || signer != leaf.provider) revert NotSignedByProvider();
    }

    function _checkReveal(
        uint64 batchIndex,
        bytes32 headerHash,
        L1Codec.ReceiptLeaf calldata leaf,
        bytes32[] calldata inclusionProof,
        Step calldata step,
        bytes32 salt
    ) internal view returns (bytes32 key) {
        (bool pending, bytes32 receiptsRoot,, uint64 revealEnd) = rollup.disputeInfo(batchIndex, headerHash);
        if (!pending) revert BatchNotPending(batchIndex, headerHash);
        if (block.timestamp >= revealEnd) revert RevealPeriodOver(revealEnd);
        key = commitmentKey(batchIndex, headerHash, msg.sender, commitment(leaf.receiptId, step, msg.sender, salt));
        uint256 cb = commitBlock[key];
        if (cb == 0) revert NoCommitment();
        if (cb >= block.number) revert RevealTooEarly(cb);
        if (slashed[leaf.receiptId]) revert AlreadySlashed(leaf.receiptId);
        if (!MerkleProof.verifyCalldata(inclusionProof, receiptsRoot, L1Codec.receiptLeafHash(leaf))) {
            revert ReceiptNotInBatch();
        }
    }

    function _settle(uint64 batchIndex, bytes32 headerHash, L1Codec.ReceiptLeaf calldata leaf) internal {
        // Parameter id 6: challengerShareBps (docs/l1-interface.md).
        (uint256 taken, uint256 share) = bonds.slash(leaf.provider, leaf.slashAmount, msg.sender, rollup.param(6));
        uint256 compensation = taken - share;
        emit ReceiptSlashed(leaf.receiptId, batchIndex, msg.sender, leaf.provider, taken, share, compensation);
        rollup.recordSlash(
            leaf.receiptId, batchIndex, headerHash, leaf.provider, leaf.buyer, leaf.slashAmount, compensation
        );
    }
}
