// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {L1Codec} from "./L1Codec.sol";

interface ITimelockDelay {
    function getMinDelay() external view returns (uint256);
}

/// @title Rollup
/// @notice Batches, the L1 message queue, the token escrow, withdrawals and
/// the protocol parameters of gpuroll (docs/l1-interface.md, docs/contracts.md).
/// @dev The escrow holds exactly deposits + compensations - withdrawals; the
/// three totals are kept on-chain so anyone can check it against balanceOf.
contract Rollup is ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    uint8 public constant PARAM_DISPUTE_WINDOW = 1;
    uint8 public constant PARAM_REVEAL_PERIOD = 2;
    uint8 public constant PARAM_MAX_INCLUSION_DELAY = 3;
    uint8 public constant PARAM_MIN_SLASH = 4;
    uint8 public constant PARAM_SLASH_MULTIPLIER = 5;
    uint8 public constant PARAM_CHALLENGER_SHARE_BPS = 6;
    uint8 public constant PARAM_BASE_FEE = 7;
    uint8 public constant PARAM_BYTE_FEE = 8;
    uint8 public constant PARAM_STORAGE_BYTE_FEE = 9;
    uint8 public constant PARAM_MAX_MACS_PER_RECEIPT = 10;
    uint8 public constant PARAM_SEQUENCER = 11;
    uint8 public constant PARAM_GUARDIAN = 12;
    uint8 public constant NUM_PARAMS = 12;

    /// @dev Upper bound for every duration parameter: longer would lock funds
    /// for unreasonable times and risks uint64 overflow in deadlines.
    uint256 public constant MAX_DURATION = 30 days;

    /// @notice Range of challengerShareBps (docs/economics.md).
    uint256 public constant MIN_SHARE_BPS = 1;
    uint256 public constant MAX_SHARE_BPS = 5_000;

    /// @notice Time allowed, beyond a forced withdrawal's worst-case path
    /// (inclusion delay + dispute window + reveal period), to finalize its
    /// batch and claim it on L1. The timelock's delay must exceed the sum,
    /// so every user can leave before an announced change executes.
    uint256 public constant EXIT_MARGIN = 1 hours;

    /// @notice Bound on a forced L2 tx (the largest type that may be forced,
    /// an UpdateProvider with a 256-byte endpoint, is under 400 bytes).
    uint256 public constant MAX_FORCED_TX_BYTES = 1024;
    /// @dev L2 tx types that need the job-data store (SubmitJob 6,
    /// PostReceipt 8) cannot be forced: their data must be stored and
    /// checked before admission, or a false receipt could be unprovable.
    uint8 internal constant TX_SUBMIT_JOB = 6;
    uint8 internal constant TX_POST_RECEIPT = 8;
    uint8 internal constant TX_MAX_TYPE = 9;

    struct Params {
        uint256 disputeWindow;
        uint256 revealPeriod;
        uint256 maxInclusionDelay;
        uint256 minSlash;
        uint256 slashMultiplier;
        uint256 challengerShareBps;
        uint256 baseFee;
        uint256 byteFee;
        uint256 storageByteFee;
        uint256 maxMACsPerReceipt;
        address sequencer;
        address guardian;
    }

    /// @notice What L1 keeps of an accepted batch. Deadlines are fixed at
    /// submission so a parameter change never moves an open dispute.
    struct Batch {
        bytes32 headerHash;
        bytes32 postStateRoot;
        bytes32 receiptsRoot;
        bytes32 withdrawalsRoot;
        uint64 messagesConsumed;
        uint64 submittedAt;
        uint64 windowEnd;
        uint64 revealEnd;
    }

    IERC20 public immutable token;
    address public immutable timelock;
    /// @dev The deployer may wire Bonds and Disputes once; nothing else.
    address private immutable _wirer;

    address public bonds;
    address public disputes;

    uint256[13] private _params; // index = parameter id, 0 unused

    mapping(uint64 => Batch) private _batches;
    // The four counters share one storage slot (gas: every message and
    // batch touches them).
    /// @notice Batches [0, nextBatchIndex) are live; a rejection lowers it.
    uint64 public nextBatchIndex;
    uint64 public lastFinalized;
    /// @notice messagesConsumed of the last finalized batch.
    uint64 public finalizedMessages;
    uint64 private _messageCount;

    /// @dev _rolling[n] = rolling hash after n messages (n >= 1; 0 for n = 0).
    mapping(uint256 => bytes32) private _rolling;
    /// @dev Message timestamps, four uint64 to a slot: a new message
    /// usually updates a warm slot instead of filling a fresh one.
    mapping(uint256 => uint256) private _timestamps;

    mapping(uint64 => bool) public withdrawalClaimed;
    /// @notice Header hashes of rejected batches: never accepted again, so
    /// nothing made against a rejected batch (commitments) comes back.
    mapping(bytes32 => bool) public rejectedHeader;
    uint256 public totalDeposits;
    uint256 public totalCompensations;
    uint256 public totalWithdrawals;

    event MessageQueued(uint64 indexed index, uint8 indexed kind, uint64 timestamp, bytes payload, bytes32 rollingHash);
    event ModulesSet(address bonds, address disputes);
    event Deposited(address indexed from, address indexed to, uint256 amount, uint64 messageIndex);
    event BatchSubmitted(
        uint64 indexed index, bytes32 indexed headerHash, uint64 messagesConsumed, uint64 windowEnd, uint64 revealEnd
    );
    event BatchFinalized(uint64 indexed index, bytes32 indexed headerHash);
    event BatchesRejected(uint64 indexed fromIndex, uint64 toIndex, bytes32 headerHash);
    event Withdrawn(uint64 indexed withdrawalId, uint64 indexed batchIndex, address indexed to, uint256 amount);
    event ParamChanged(uint8 indexed id, uint256 oldValue, uint256 newValue);
    event CompensationReceived(bytes32 indexed receiptId, address indexed buyer, uint256 amount);
    event TxForced(uint64 indexed messageIndex, address indexed submitter, bytes32 txHash);

    error ZeroAddress();
    error ZeroAmount();
    error NotWirer();
    error AlreadyWired();
    error NotTimelock();
    error NotSequencer();
    error NotGuardian();
    error NotBonds();
    error NotDisputes();
    error UnknownParam(uint8 id);
    error InvalidParam(uint8 id, uint256 value);
    error TimelockTooShort(uint256 minDelay, uint256 needed);
    error BadGenesis();
    error BodyHashMismatch();
    error WrongBatchIndex(uint64 expected, uint64 got);
    error WrongParentHash();
    error WrongPreStateRoot();
    error BadMessagesConsumed(uint64 parentConsumed, uint64 queueLength, uint64 got);
    error WrongRollingHash();
    error MessageOverdue(uint64 index, uint64 queuedAt);
    error UnknownBatch(uint64 index, bytes32 headerHash);
    error NotNextToFinalize(uint64 expected, uint64 got);
    error DisputePeriodOpen(uint64 revealEnd);
    error BatchFinal(uint64 index);
    error BatchNotFinal(uint64 index);
    error WithdrawalClaimed(uint64 withdrawalId);
    error InvalidProof();
    error MessageIndexOutOfRange(uint64 index);
    error HeaderRejected(bytes32 headerHash);
    error BadForcedTx();

    /// @param initialParams the 12 parameters in id order (id 1 first);
    /// addresses as uint256.
    /// @param genesis batch 0: index 0, no parent, nothing consumed. It is
    /// final at once.
    constructor(
        IERC20 token_,
        address timelock_,
        uint256[12] memory initialParams,
        L1Codec.BatchHeader memory genesis
    ) {
        if (address(token_) == address(0) || timelock_ == address(0)) revert ZeroAddress();
        // Batch 0 is final at once: a non-empty withdrawals root would be
        // claimable against tokens nobody deposited. Every field but the
        // post-state root is zero (docs/contracts.md, Genesis).
        if (
            genesis.index != 0 || genesis.parentHash != bytes32(0) || genesis.preStateRoot != bytes32(0)
                || genesis.receiptsRoot != bytes32(0) || genesis.withdrawalsRoot != bytes32(0)
                || genesis.messagesConsumed != 0 || genesis.messagesRollingHash != bytes32(0)
                || genesis.bodyHash != bytes32(0)
        ) revert BadGenesis();
        token = token_;
        timelock = timelock_;
        _wirer = msg.sender;
        for (uint8 id = 1; id <= NUM_PARAMS; id++) {
            _checkParam(id, initialParams[id - 1]);
            _params[id] = initialParams[id - 1];
        }
        _checkTimelock(_params[PARAM_DISPUTE_WINDOW], _params[PARAM_REVEAL_PERIOD], _params[PARAM_MAX_INCLUSION_DELAY]);
        _batches[0] = Batch({
            headerHash: L1Codec.headerHash(genesis),
            postStateRoot: genesis.postStateRoot,
            receiptsRoot: genesis.receiptsRoot,
            withdrawalsRoot: genesis.withdrawalsRoot,
            messagesConsumed: 0,
            submittedAt: uint64(block.timestamp),
            windowEnd: uint64(block.timestamp),
            revealEnd: uint64(block.timestamp)
        });
        nextBatchIndex = 1;
        emit BatchSubmitted(0, _batches[0].headerHash, 0, uint64(block.timestamp), uint64(block.timestamp));
        emit BatchFinalized(0, _batches[0].headerHash);
        // L2 learns every parameter from L1 alone: the initial values are
        // queued as ParamsChanged messages 0..11.
        for (uint8 id = 1; id <= NUM_PARAMS; id++) {
            emit ParamChanged(id, 0, _params[id]);
            _queue(L1Codec.KIND_PARAMS_CHANGED, abi.encode(id, _params[id]));
        }
    }

    /// @notice Wires the Bonds and Disputes contracts, once, by the deployer.
    function setModules(address bonds_, address disputes_) external {
        if (msg.sender != _wirer) revert NotWirer();
        if (bonds != address(0)) revert AlreadyWired();
        if (bonds_ == address(0) || disputes_ == address(0)) revert ZeroAddress();
        bonds = bonds_;
        disputes = disputes_;
        emit ModulesSet(bonds_, disputes_);
    }

    // ---------------------------------------------------------------- views

    function param(uint8 id) external view returns (uint256) {
        if (id == 0 || id > NUM_PARAMS) revert UnknownParam(id);
        return _params[id];
    }

    function params() external view returns (Params memory p) {
        p.disputeWindow = _params[PARAM_DISPUTE_WINDOW];
        p.revealPeriod = _params[PARAM_REVEAL_PERIOD];
        p.maxInclusionDelay = _params[PARAM_MAX_INCLUSION_DELAY];
        p.minSlash = _params[PARAM_MIN_SLASH];
        p.slashMultiplier = _params[PARAM_SLASH_MULTIPLIER];
        p.challengerShareBps = _params[PARAM_CHALLENGER_SHARE_BPS];
        p.baseFee = _params[PARAM_BASE_FEE];
        p.byteFee = _params[PARAM_BYTE_FEE];
        p.storageByteFee = _params[PARAM_STORAGE_BYTE_FEE];
        p.maxMACsPerReceipt = _params[PARAM_MAX_MACS_PER_RECEIPT];
        p.sequencer = address(uint160(_params[PARAM_SEQUENCER]));
        p.guardian = address(uint160(_params[PARAM_GUARDIAN]));
    }

    function sequencer() public view returns (address) {
        return address(uint160(_params[PARAM_SEQUENCER]));
    }

    function guardian() public view returns (address) {
        return address(uint160(_params[PARAM_GUARDIAN]));
    }

    function batch(uint64 index) external view returns (Batch memory) {
        if (index >= nextBatchIndex) revert UnknownBatch(index, bytes32(0));
        return _batches[index];
    }

    /// @notice True while batch `index` with header `headerHash` is live and
    /// not final: the only state in which it may be challenged.
    function isPending(uint64 index, bytes32 headerHash) public view returns (bool) {
        return index > lastFinalized && index < nextBatchIndex && _batches[index].headerHash == headerHash;
    }

    function messageCount() external view returns (uint64) {
        return _messageCount;
    }

    /// @notice The rolling hash after the first `n` messages (n = 0: zero).
    function rollingHash(uint64 n) external view returns (bytes32) {
        if (n > _messageCount) revert MessageIndexOutOfRange(n);
        return _rolling[n];
    }

    function messageTimestamp(uint64 index) external view returns (uint64) {
        if (index >= _messageCount) revert MessageIndexOutOfRange(index);
        return _timestampOf(index);
    }

    /// @notice What Disputes needs of a batch, in one call: whether batch
    /// `index` with `headerHash` is live and not final, its receipts root
    /// and its deadlines.
    function disputeInfo(uint64 index, bytes32 headerHash)
        external
        view
        returns (bool pending, bytes32 receiptsRoot, uint64 windowEnd, uint64 revealEnd)
    {
        if (!isPending(index, headerHash)) return (false, bytes32(0), 0, 0);
        Batch storage b = _batches[index];
        return (true, b.receiptsRoot, b.windowEnd, b.revealEnd);
    }

    /// @notice The longest a user who forces a withdrawal now may wait until
    /// it can be claimed: inclusion delay + dispute window + reveal period
    /// + EXIT_MARGIN. The timelock's delay always exceeds it.
    function exitWindow() public view returns (uint256) {
        return _params[PARAM_MAX_INCLUSION_DELAY] + _params[PARAM_DISPUTE_WINDOW] + _params[PARAM_REVEAL_PERIOD]
            + EXIT_MARGIN;
    }

    /// @notice The escrow the books say the Rollup holds.
    function accountedEscrow() external view returns (uint256) {
        return totalDeposits + totalCompensations - totalWithdrawals;
    }

    // ------------------------------------------------------------- deposits

    /// @notice Moves `amount` tokens from the sender into escrow and credits
    /// `to` on L2 through a Deposit message.
    function deposit(address to, uint256 amount) external nonReentrant returns (uint64 messageIndex) {
        if (to == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        // Credit what actually arrived, so the escrow equation holds even for
        // a token that takes a fee on transfer.
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = token.balanceOf(address(this)) - before;
        if (received == 0) revert ZeroAmount();
        totalDeposits += received;
        messageIndex = _queue(L1Codec.KIND_DEPOSIT, abi.encode(msg.sender, to, received));
        emit Deposited(msg.sender, to, received, messageIndex);
    }

    /// @notice Forced inclusion: queues a signed L2 tx as an L1 message
    /// (kind ForcedTx) for a user the sequencer ignores. The sequencer must
    /// consume it within maxInclusionDelay like any message; L2 applies it
    /// in queue order, or skips it deterministically and records why
    /// (docs/l1-interface.md). Anyone may relay a tx: its L2 sender is its
    /// signer. SubmitJob and PostReceipt cannot be forced (their job data
    /// must pass the store's checks first).
    function forceInclude(bytes calldata l2tx) external returns (uint64 messageIndex) {
        if (l2tx.length == 0 || l2tx.length > MAX_FORCED_TX_BYTES) revert BadForcedTx();
        uint8 txType = uint8(l2tx[0]);
        if (txType == 0 || txType > TX_MAX_TYPE || txType == TX_SUBMIT_JOB || txType == TX_POST_RECEIPT) {
            revert BadForcedTx();
        }
        messageIndex = _queue(L1Codec.KIND_FORCED_TX, abi.encode(l2tx));
        emit TxForced(messageIndex, msg.sender, keccak256(l2tx));
    }

    // -------------------------------------------------------------- batches

    function submitBatch(L1Codec.BatchHeader calldata h, bytes calldata body) external {
        if (msg.sender != sequencer()) revert NotSequencer();
        if (keccak256(body) != h.bodyHash) revert BodyHashMismatch();
        uint64 index = nextBatchIndex;
        if (h.index != index) revert WrongBatchIndex(index, h.index);
        Batch storage parent = _batches[index - 1];
        if (h.parentHash != parent.headerHash) revert WrongParentHash();
        if (h.preStateRoot != parent.postStateRoot) revert WrongPreStateRoot();
        uint64 queued = _messageCount;
        if (h.messagesConsumed < parent.messagesConsumed || h.messagesConsumed > queued) {
            revert BadMessagesConsumed(parent.messagesConsumed, queued, h.messagesConsumed);
        }
        if (h.messagesRollingHash != _rolling[h.messagesConsumed]) revert WrongRollingHash();
        // The oldest message left unconsumed is the one at messagesConsumed;
        // if it is overdue the sequencer is censoring it.
        if (h.messagesConsumed < queued) {
            uint64 queuedAt = _timestampOf(h.messagesConsumed);
            if (uint256(queuedAt) + _params[PARAM_MAX_INCLUSION_DELAY] < block.timestamp) {
                revert MessageOverdue(h.messagesConsumed, queuedAt);
            }
        }
        bytes32 hh = L1Codec.headerHash(h);
        if (rejectedHeader[hh]) revert HeaderRejected(hh);
        uint64 windowEnd = uint64(block.timestamp + _params[PARAM_DISPUTE_WINDOW]);
        uint64 revealEnd = windowEnd + uint64(_params[PARAM_REVEAL_PERIOD]);
        _batches[index] = Batch({
            headerHash: hh,
            postStateRoot: h.postStateRoot,
            receiptsRoot: h.receiptsRoot,
            withdrawalsRoot: h.withdrawalsRoot,
            messagesConsumed: h.messagesConsumed,
            submittedAt: uint64(block.timestamp),
            windowEnd: windowEnd,
            revealEnd: revealEnd
        });
        nextBatchIndex = index + 1;
        emit BatchSubmitted(index, hh, h.messagesConsumed, windowEnd, revealEnd);
    }

    /// @notice Finalizes the next batch once its dispute window and the
    /// reveal period after it have passed. Anyone may call. Pending
    /// commitments do not matter: a reveal after revealEnd is refused anyway.
    function finalize(uint64 index, bytes32 headerHash) external {
        uint64 expected = lastFinalized + 1;
        if (index != expected) revert NotNextToFinalize(expected, index);
        if (index >= nextBatchIndex || _batches[index].headerHash != headerHash) {
            revert UnknownBatch(index, headerHash);
        }
        Batch storage b = _batches[index];
        if (block.timestamp < b.revealEnd) revert DisputePeriodOpen(b.revealEnd);
        lastFinalized = index;
        finalizedMessages = b.messagesConsumed;
        emit BatchFinalized(index, headerHash);
        _queue(L1Codec.KIND_BATCH_FINALIZED, abi.encode(index, headerHash));
    }

    /// @notice The guardian rejects a batch that is not final, and with it
    /// every batch after it. The sequencer reposts from `index`.
    function rejectBatch(uint64 index, bytes32 headerHash) external {
        if (msg.sender != guardian()) revert NotGuardian();
        if (index <= lastFinalized) revert BatchFinal(index);
        if (index >= nextBatchIndex || _batches[index].headerHash != headerHash) {
            revert UnknownBatch(index, headerHash);
        }
        uint64 to = nextBatchIndex;
        nextBatchIndex = index;
        // Later rejected batches chain from this header, so refusing it
        // keeps all of them out for good.
        rejectedHeader[headerHash] = true;
        emit BatchesRejected(index, to, headerHash);
    }

    // ---------------------------------------------------------- withdrawals

    function withdraw(uint64 batchIndex, L1Codec.WithdrawalLeaf calldata w, bytes32[] calldata proof)
        external
        nonReentrant
    {
        if (batchIndex > lastFinalized) revert BatchNotFinal(batchIndex);
        if (withdrawalClaimed[w.withdrawalId]) revert WithdrawalClaimed(w.withdrawalId);
        if (w.amount == 0) revert ZeroAmount();
        bytes32 leaf = L1Codec.withdrawalLeafHash(w);
        if (!MerkleProof.verifyCalldata(proof, _batches[batchIndex].withdrawalsRoot, leaf)) revert InvalidProof();
        withdrawalClaimed[w.withdrawalId] = true;
        totalWithdrawals += w.amount;
        emit Withdrawn(w.withdrawalId, batchIndex, w.to, w.amount);
        token.safeTransfer(w.to, w.amount);
    }

    // ----------------------------------------------------------- parameters

    /// @notice Changes one parameter; only the timelock may call, and its
    /// delay must exceed the exit window under the new values.
    function setParam(uint8 id, uint256 value) external {
        if (msg.sender != timelock) revert NotTimelock();
        _checkParam(id, value);
        uint256 window = id == PARAM_DISPUTE_WINDOW ? value : _params[PARAM_DISPUTE_WINDOW];
        uint256 reveal = id == PARAM_REVEAL_PERIOD ? value : _params[PARAM_REVEAL_PERIOD];
        uint256 inclusion = id == PARAM_MAX_INCLUSION_DELAY ? value : _params[PARAM_MAX_INCLUSION_DELAY];
        _checkTimelock(window, reveal, inclusion);
        uint256 old = _params[id];
        _params[id] = value;
        emit ParamChanged(id, old, value);
        _queue(L1Codec.KIND_PARAMS_CHANGED, abi.encode(id, value));
    }

    // ------------------------------------------------- module entry points

    /// @notice Bonds queues every bond change here, the queue's one home.
    function queueBondChange(address provider, uint256 bond) external returns (uint64) {
        if (msg.sender != bonds) revert NotBonds();
        return _queue(L1Codec.KIND_BOND_CHANGED, abi.encode(provider, bond));
    }

    /// @notice Disputes records a slash: Bonds has just paid the buyer's
    /// `compensation` into this escrow; the verdict is queued.
    function recordSlash(
        bytes32 receiptId,
        uint64 batchIndex,
        bytes32 batchHeaderHash,
        address provider,
        address buyer,
        uint256 slashAmount,
        uint256 compensation
    ) external returns (uint64) {
        if (msg.sender != disputes) revert NotDisputes();
        totalCompensations += compensation;
        emit CompensationReceived(receiptId, buyer, compensation);
        return _queue(
            L1Codec.KIND_RECEIPT_SLASHED,
            abi.encode(receiptId, batchIndex, batchHeaderHash, provider, buyer, slashAmount, compensation)
        );
    }

    // ------------------------------------------------------------ internals

    function _queue(uint8 kind, bytes memory payload) internal returns (uint64 index) {
        index = _messageCount;
        uint64 ts = uint64(block.timestamp);
        bytes32 rolling = L1Codec.nextRolling(_rolling[index], L1Codec.msgHash(kind, index, ts, payload));
        _rolling[uint256(index) + 1] = rolling;
        uint256 shift = (uint256(index) % 4) * 64;
        _timestamps[index / 4] |= uint256(ts) << shift;
        _messageCount = index + 1;
        emit MessageQueued(index, kind, ts, payload, rolling);
    }

    function _timestampOf(uint64 index) internal view returns (uint64) {
        return uint64(_timestamps[index / 4] >> ((uint256(index) % 4) * 64));
    }

    /// @dev The exit window: a change announced now must leave time for a
    /// forced withdrawal to be included, pass its dispute window and reveal
    /// period, finalize and be claimed before it executes.
    function _checkTimelock(uint256 window, uint256 reveal, uint256 inclusion) internal view {
        uint256 minDelay = ITimelockDelay(timelock).getMinDelay();
        uint256 exit = window + reveal + inclusion + EXIT_MARGIN;
        if (minDelay <= exit) revert TimelockTooShort(minDelay, exit + 1);
    }

    function _checkParam(uint8 id, uint256 v) internal pure {
        if (id == 0 || id > NUM_PARAMS) revert UnknownParam(id);
        bool ok;
        if (id == PARAM_DISPUTE_WINDOW || id == PARAM_REVEAL_PERIOD || id == PARAM_MAX_INCLUSION_DELAY) {
            ok = v > 0 && v <= MAX_DURATION;
        } else if (id == PARAM_SLASH_MULTIPLIER) {
            ok = v >= 1 && v <= 1_000_000;
        } else if (id == PARAM_CHALLENGER_SHARE_BPS) {
            // docs/economics.md: a provider that front-runs the challenge of
            // its own receipt wins the share back, so above half the slash
            // would mostly return to the cheater; zero pays no auditor.
            ok = v >= MIN_SHARE_BPS && v <= MAX_SHARE_BPS;
        } else if (id == PARAM_MIN_SLASH) {
            // A zero minSlash leaves small receipts, sampled at rate P,
            // deterred only by price × multiplier × P (docs/economics.md).
            ok = v >= 1 && v <= type(uint128).max;
        } else if (id == PARAM_MAX_MACS_PER_RECEIPT) {
            ok = v > 0 && v <= type(uint64).max;
        } else if (id == PARAM_SEQUENCER || id == PARAM_GUARDIAN) {
            ok = v != 0 && v <= type(uint160).max;
        } else {
            // minSlash and the fees: any amount L2 can hold, kept below 2^128
            // so that L2 products with counts cannot overflow uint256.
            ok = v <= type(uint128).max;
        }
        if (!ok) revert InvalidParam(id, v);
    }
}
