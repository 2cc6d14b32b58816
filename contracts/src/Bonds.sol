// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

interface IRollupForBonds {
    function queueBondChange(address provider, uint256 bond) external returns (uint64);
    function finalizedMessages() external view returns (uint64);
    function disputes() external view returns (address);
    function token() external view returns (IERC20);
}

/// @title Bonds
/// @notice Provider bonds. The L2 bond mirror follows `bonded` through
/// BondChanged messages. Unbonded tokens wait until the finalized count of
/// consumed messages passes the unbond's message, so every receipt posted
/// against the old bond has passed its dispute window; until then they stay
/// slashable.
contract Bonds is ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @dev Bounds the loops of slash and release.
    uint256 public constant MAX_PENDING_RELEASES = 16;

    /// @dev One storage slot per pending release (amount < 2^192 wei).
    struct Release {
        uint192 amount;
        uint64 messageIndex;
    }

    IERC20 public immutable token;
    IRollupForBonds public immutable rollup;

    mapping(address => uint256) public bonded;
    mapping(address => uint256) public unbonding;
    mapping(address => Release[]) private _releases;

    event Bonded(address indexed provider, uint256 amount, uint256 bond, uint64 messageIndex);
    event Unbonding(address indexed provider, uint256 amount, uint256 bond, uint64 messageIndex);
    event Released(address indexed provider, uint256 amount);
    event Slashed(address indexed provider, uint256 requested, uint256 taken, uint256 bond, uint64 messageIndex);

    error ZeroAddress();
    error ZeroAmount();
    error AmountTooLarge();
    error InsufficientBond(uint256 bond, uint256 requested);
    error TooManyPendingReleases();
    error NothingToRelease();
    error NotDisputes();

    constructor(IRollupForBonds rollup_) {
        if (address(rollup_) == address(0)) revert ZeroAddress();
        rollup = rollup_;
        token = rollup_.token();
    }

    function releases(address provider) external view returns (Release[] memory) {
        return _releases[provider];
    }

    /// @notice Total that Disputes could take from `provider` now.
    function slashable(address provider) external view returns (uint256) {
        return bonded[provider] + unbonding[provider];
    }

    function bond(uint256 amount) external nonReentrant returns (uint64 messageIndex) {
        if (amount == 0) revert ZeroAmount();
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = token.balanceOf(address(this)) - before;
        if (received == 0) revert ZeroAmount();
        uint256 b = bonded[msg.sender] + received;
        bonded[msg.sender] = b;
        messageIndex = rollup.queueBondChange(msg.sender, b);
        emit Bonded(msg.sender, received, b, messageIndex);
    }

    function unbond(uint256 amount) external nonReentrant returns (uint64 messageIndex) {
        if (amount == 0) revert ZeroAmount();
        uint256 b = bonded[msg.sender];
        if (amount > b) revert InsufficientBond(b, amount);
        if (amount > type(uint192).max) revert AmountTooLarge();
        Release[] storage rs = _releases[msg.sender];
        if (rs.length >= MAX_PENDING_RELEASES) revert TooManyPendingReleases();
        b -= amount;
        bonded[msg.sender] = b;
        unbonding[msg.sender] += amount;
        messageIndex = rollup.queueBondChange(msg.sender, b);
        rs.push(Release({amount: uint192(amount), messageIndex: messageIndex}));
        emit Unbonding(msg.sender, amount, b, messageIndex);
    }

    /// @notice Pays out every unbonded amount whose message is covered by a
    /// finalized batch. Releases are in message order, so the releasable
    /// ones are a prefix.
    function release() external nonReentrant returns (uint256 amount) {
        Release[] storage rs = _releases[msg.sender];
        uint64 fin = rollup.finalizedMessages();
        uint256 n = rs.length;
        uint256 k;
        while (k < n && rs[k].messageIndex < fin) {
            amount += rs[k].amount;
            k++;
        }
        // Entries emptied by a slash are released (and dropped) as zero.
        if (k == 0) revert NothingToRelease();
        for (uint256 j = k; j < n; j++) {
            rs[j - k] = rs[j];
        }
        for (uint256 j = 0; j < k; j++) {
            rs.pop();
        }
        unbonding[msg.sender] -= amount;
        emit Released(msg.sender, amount);
        if (amount > 0) {
            token.safeTransfer(msg.sender, amount);
        }
    }

    /// @notice Takes up to `amount` from the provider, bonded tokens first,
    /// then tokens waiting for release (newest first); pays `shareBps` of
    /// what it took to the challenger and the rest into the Rollup escrow
    /// (the buyer's compensation). Queues the new bond either way. Paying
    /// directly, not through Disputes, saves two token transfers.
    function slash(address provider, uint256 amount, address challenger, uint256 shareBps)
        external
        nonReentrant
        returns (uint256 taken, uint256 share)
    {
        if (msg.sender != rollup.disputes()) revert NotDisputes();
        uint256 b = bonded[provider];
        uint256 fromBond = amount < b ? amount : b;
        b -= fromBond;
        bonded[provider] = b;
        taken = fromBond;
        Release[] storage rs = _releases[provider];
        uint256 i = rs.length;
        while (taken < amount && i > 0) {
            i--;
            uint256 need = amount - taken;
            uint256 avail = rs[i].amount;
            uint256 cut = need < avail ? need : avail;
            rs[i].amount = uint192(avail - cut);
            taken += cut;
        }
        if (taken > fromBond) {
            unbonding[provider] -= taken - fromBond;
        }
        // mulDiv: taken × shareBps cannot overflow, whatever the amounts.
        share = Math.mulDiv(taken, shareBps, 10_000);
        uint64 messageIndex = rollup.queueBondChange(provider, b);
        emit Slashed(provider, amount, taken, b, messageIndex);
        if (taken > share) {
            token.safeTransfer(address(rollup), taken - share);
        }
        if (share > 0) {
            token.safeTransfer(challenger, share);
        }
    }
}
